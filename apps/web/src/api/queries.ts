import { useQuery } from '@tanstack/react-query';
import type { ApprovalState, ObligationContent, PlanDefinition, UnitCriteria } from '@tdkt/domain';
import { takeFirstAnswer } from '../first-rows/handoff';
import { INBOX_PAGE_SIZE } from '../pages/inbox-filter';
import { api, dataOf } from './client';
import { ALL } from './page-limits';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Me = Schemas['MeView'];
export type InboxItem = Schemas['InboxItemView'];
export type CampaignSummary = Schemas['CampaignSummaryView'];
export type StatusCounts = Schemas['StatusCountsView'];
export type ProgressSummary = Schemas['ProgressSummaryView'];
// The plan, its approval state and what a unit sent are the domain's own types: the OpenAPI document names them
// without restating their fields, and the app reads them with the domain's definitions.
export type CampaignDetail = Omit<Schemas['CampaignDetailView'], 'plan' | 'approval'> & {
  plan: PlanDefinition;
  approval: ApprovalState | null;
};
export type UnitProgress = Omit<Schemas['UnitProgressView'], 'content'> & { content: ObligationContent | null };
export type { UnitCriteria };

/** An answer the document leaves free-form because it is a domain type: read with that type. */
const asDomain = <T>(value: object): T => value as unknown as T;

const INBOX_REFRESH_MS = 30_000;
/** Progress moves as units report: a campaign's counts refresh as often as the inbox. */
const PROGRESS_REFRESH_MS = 30_000;

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => (await takeFirstAnswer('me')) ?? dataOf(await api.GET('/me')),
    staleTime: 5 * 60_000,
  });
}

export type InboxFilter = Omit<NonNullable<paths['/inbox']['get']['parameters']['query']>, 'limit' | 'offset'>;

/** The inbox as officials land on it: first page, no filter. The inline first rows asked for it with the document. */
const isFirstInboxPage = (filter: InboxFilter, page: { limit: number; offset: number }) =>
  Object.values(filter).every((value) => value === undefined) && page.offset === 0 && page.limit === INBOX_PAGE_SIZE;

/** One page of the inbox, narrowed by the filters; refreshed every 30 s while the app is open. */
export function useInboxPage(filter: InboxFilter, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['inbox', 'page', filter, page],
    queryFn: async () =>
      (isFirstInboxPage(filter, page) ? await takeFirstAnswer('inboxPage') : null) ??
      dataOf(await api.GET('/inbox', { params: { query: { ...filter, ...page } } })),
    refetchInterval: INBOX_REFRESH_MS,
    placeholderData: (previous) => previous,
  });
}

/** How many tasks wait, for the navigation: only the total is asked for. */
export function useInboxCount() {
  return useQuery({
    queryKey: ['inbox', 'count'],
    queryFn: async () =>
      (await takeFirstAnswer('inboxTotal')) ?? dataOf(await api.GET('/inbox', { params: { query: { limit: 1, offset: 0 } } })).total,
    refetchInterval: INBOX_REFRESH_MS,
  });
}

export function useCampaigns() {
  return useQuery({
    queryKey: ['campaigns'],
    queryFn: async () => (await takeFirstAnswer('campaigns')) ?? dataOf(await api.GET('/campaigns', { params: { query: ALL } })),
  });
}

/** A campaign with its plan: for useQuery, or for fetchQuery when a page reads it outside a component. */
export const campaignQuery = (campaignId: string) => ({
  queryKey: ['campaign', campaignId],
  queryFn: async () => asDomain<CampaignDetail>(dataOf(await api.GET('/campaigns/{id}', { params: { path: { id: campaignId } } }))),
});

export function useCampaign(campaignId: string) {
  return useQuery(campaignQuery(campaignId));
}

/** Counts per level and phase, within what the official may see. */
export function useProgress(campaignId: string) {
  return useQuery({
    queryKey: ['campaign', campaignId, 'progress'],
    queryFn: async () => dataOf(await api.GET('/campaigns/{id}/progress', { params: { path: { id: campaignId } } })),
    refetchInterval: PROGRESS_REFRESH_MS,
  });
}

export type UnitProgressFilter = Omit<NonNullable<paths['/campaigns/{id}/units']['get']['parameters']['query']>, 'limit' | 'offset'>;

/** Units' obligations of a campaign, filtered (a phase, a status, late ones, one unit, those reporting to a unit). */
export function useUnitProgress(campaignId: string, filter: UnitProgressFilter = {}) {
  return useQuery({
    queryKey: ['campaign', campaignId, 'units', filter],
    queryFn: async () => {
      const page = dataOf(await api.GET('/campaigns/{id}/units', { params: { path: { id: campaignId }, query: { ...ALL, ...filter } } }));
      return asDomain<{ items: UnitProgress[]; total: number }>(page);
    },
  });
}

/** What a unit is judged on in a campaign: the criteria (with their units of measure) its report's KPI values answer. */
export function useUnitCriteria(campaignId: string, unitCode: string) {
  return useQuery({
    queryKey: ['campaign', campaignId, 'criteria', unitCode],
    queryFn: async () =>
      asDomain<UnitCriteria>(
        dataOf(await api.GET('/campaigns/{id}/units/{unitCode}/criteria', { params: { path: { id: campaignId, unitCode } } })),
      ),
  });
}

export type Delegation = Schemas['DelegationView'];

/** Delegations I gave or received, newest first (the header names whose place I act in). */
export function useDelegations() {
  return useQuery({
    queryKey: ['delegations'],
    queryFn: async () => dataOf(await api.GET('/delegations', { params: { query: { limit: 500 } } })).items,
    staleTime: 5 * 60_000,
  });
}
