import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, ApiError } from './client';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type TimelineItem = Schemas['TimelineItemView'];
export type TimelineAction = TimelineItem['action'];
export type VerificationReport = Schemas['VerificationReportView'];
export type OperatorLinks = Schemas['OperatorLinksView'];
/** The timeline's filters as the API takes them (`action` comma-separated). */
export type TimelineFilter = Omit<NonNullable<paths['/campaigns/{id}/timeline']['get']['parameters']['query']>, 'limit' | 'offset'>;

/** An API answer that is not a success, with its body: the page shows the API's own words (a bad filter, an unknown unit). */
export class ApiRefusalError extends ApiError {
  constructor(
    status: number,
    readonly body: unknown,
  ) {
    super(status);
  }
}

function dataOrRefusal<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined || result.error !== undefined) throw new ApiRefusalError(result.response.status, result.error);
  return result.data;
}

/** One page of a campaign's decision log, within my scope; the previous page stays on screen while the next loads. */
export function useTimeline(campaignId: string, filter: TimelineFilter, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['campaign', campaignId, 'timeline', filter, page],
    queryFn: async () =>
      dataOrRefusal(await api.GET('/campaigns/{id}/timeline', { params: { path: { id: campaignId }, query: { ...filter, ...page } } })),
    placeholderData: keepPreviousData,
  });
}

/** The whole check of the record, run on the worker: it may take minutes, so it runs when asked, never by itself. */
export function useVerification(campaignId: string) {
  return useMutation({
    mutationKey: ['campaign', campaignId, 'verification'],
    mutationFn: async () => dataOrRefusal(await api.GET('/campaigns/{id}/verification', { params: { path: { id: campaignId } } })),
  });
}

/** Where the Temporal UI is; only auditors and administrators may ask, so the others never send the request. */
export function useOperatorLinks(enabled: boolean) {
  return useQuery({
    queryKey: ['audit', 'operator-links'],
    queryFn: async () => dataOrRefusal(await api.GET('/audit/operator-links')),
    enabled,
    staleTime: Infinity,
  });
}

/** The filtered timeline as the CSV file the API writes (Vietnamese headers), with the name it gives the file. */
export async function fetchTimelineCsv(campaignId: string, filter: TimelineFilter): Promise<{ blob: Blob; disposition: string | null }> {
  const result = await api.GET('/campaigns/{id}/timeline.csv', { params: { path: { id: campaignId }, query: filter }, parseAs: 'blob' });
  return { blob: dataOrRefusal(result), disposition: result.response.headers.get('Content-Disposition') };
}

/** The filtered timeline as the API's printable page, with the chain's check. */
export async function fetchTimelineHtml(campaignId: string, filter: TimelineFilter): Promise<string> {
  return dataOrRefusal(
    await api.GET('/campaigns/{id}/timeline.html', { params: { path: { id: campaignId }, query: filter }, parseAs: 'text' }),
  );
}
