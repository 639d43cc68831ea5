import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ActionRefused } from './action-queries';
import { api, dataOf } from './client';
import { ALL } from './page-limits';
import type { components, paths } from './schema';

// What the awards pages read and send: the award catalogue, a campaign's dossiers, one dossier and the actions on
// it, and the award history.

type Schemas = components['schemas'];
export type AwardFormView = Schemas['AwardFormView'];
export type CouncilRuleView = Schemas['CouncilRuleView'];
export type AwardDossier = Schemas['AwardDossierView'];
export type DossierNomination = Schemas['DossierNominationView'];
export type DossierObjection = Schemas['ObjectionView'];
export type DossierActionRecord = Schemas['DossierActionRecordView'];
export type CreateAwardDossierBody = Schemas['CreateAwardDossierDto'];
export type NomineeBody = Schemas['NomineeDto'];
export type DossierActionBody = Schemas['DossierActionDto'];
export type DossierActionKind = DossierActionBody['kind'];
export type AwardRecord = Schemas['AwardRecordView'];
export type AwardHistoryFilter = Omit<NonNullable<paths['/award-history']['get']['parameters']['query']>, 'limit' | 'offset'>;
/** A step of the dossier's route; a council step carries its rule (the criteria a member scores against). */
export type RouteStep = Schemas['RouteStepView'];

/** The catalogue changes when the province amends it, which is rare: read once per visit. */
const RARELY_CHANGES_MS = 10 * 60_000;

const dossierKey = (dossierId: string) => ['award-dossier', dossierId];
const campaignDossiersKey = (campaignId: string) => ['award-dossiers', campaignId];

/** The award forms in force today in the official's province. */
export function useAwardForms() {
  return useQuery({
    queryKey: ['award-forms'],
    queryFn: async () => dataOf(await api.GET('/award-forms')),
    staleTime: RARELY_CHANGES_MS,
  });
}

/** The campaign's dossiers the official's unit nominated, acts on or oversees. */
export function useCampaignDossiers(campaignId: string | undefined) {
  return useQuery({
    queryKey: campaignDossiersKey(campaignId ?? ''),
    queryFn: async () =>
      dataOf(await api.GET('/campaigns/{campaignId}/award-dossiers', { params: { path: { campaignId: campaignId! }, query: ALL } })),
    enabled: !!campaignId,
  });
}

/** The lists posted for objections now in the official's province: anyone may read them and object. */
export function useAwardPostings() {
  return useQuery({
    queryKey: ['award-postings'],
    queryFn: async () => dataOf(await api.GET('/award-postings', { params: { query: ALL } })),
  });
}

export function useAwardDossier(dossierId: string) {
  return useQuery({
    queryKey: dossierKey(dossierId),
    queryFn: async () => dataOf(await api.GET('/award-dossiers/{dossierId}', { params: { path: { dossierId } } })),
  });
}

/** One page of the award history, narrowed by the filters; the previous page stays shown while the next loads. */
export function useAwardHistory(filter: AwardHistoryFilter, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['award-history', filter, page],
    queryFn: async () => dataOf(await api.GET('/award-history', { params: { query: { ...filter, ...page } } })),
    placeholderData: keepPreviousData,
  });
}

/** The answer, or an ActionRefused carrying the API's status and body for refusalOf (status 0: no answer came). */
async function answerOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ActionRefused(0, null);
  }
  if (result.error !== undefined || !result.response.ok || result.data === undefined) {
    throw new ActionRefused(result.response.status, result.error);
  }
  return result.data;
}

/** The unit's list (tờ trình) for one award form; the new dossier is in the campaign's list and in inboxes after it. */
export function useCreateAwardDossier(campaignId: string) {
  const client = useQueryClient();
  return useMutation<AwardDossier, ActionRefused, CreateAwardDossierBody>({
    mutationFn: (body) => answerOf(api.POST('/campaigns/{campaignId}/award-dossiers', { params: { path: { campaignId } }, body })),
    onSuccess: (dossier) => {
      client.setQueryData(dossierKey(dossier.id), dossier);
      return Promise.all([
        client.invalidateQueries({ queryKey: campaignDossiersKey(campaignId) }),
        client.invalidateQueries({ queryKey: ['inbox'] }),
      ]);
    },
  });
}

/**
 * An action on the dossier at its current step. The answer is the dossier as it now stands, shown at once; the
 * inbox (its count in the menu), the campaign's list and, once decided, the history change with it.
 */
export function useDossierAction(dossierId: string) {
  const client = useQueryClient();
  return useMutation<AwardDossier, ActionRefused, DossierActionBody>({
    mutationFn: (body) => answerOf(api.POST('/award-dossiers/{dossierId}/actions', { params: { path: { dossierId } }, body })),
    onSuccess: (dossier) => {
      client.setQueryData(dossierKey(dossierId), dossier);
      return Promise.all([
        client.invalidateQueries({ queryKey: dossierKey(dossierId) }),
        client.invalidateQueries({ queryKey: ['inbox'] }),
        client.invalidateQueries({ queryKey: campaignDossiersKey(dossier.campaignId) }),
        client.invalidateQueries({ queryKey: ['award-history'] }),
      ]);
    },
  });
}

/** The printed documents of a decided dossier: the decision, and one certificate per awarded name (by its position). */
export type DossierDocument = { kind: 'decision' } | { kind: 'certificate'; index: number };

const documentPath = (dossierId: string, document: DossierDocument) =>
  `/award-dossiers/${encodeURIComponent(dossierId)}/${document.kind === 'decision' ? 'decision.pdf' : `certificates/${document.index}.pdf`}`;

// The PDF endpoints are newer than the OpenAPI document this client is generated from: asked through the same client
// (so the token rides along and a 401 ends the session), by a path its types do not list yet.
const untypedGet = api.GET.bind(api) as unknown as (
  path: string,
  init: { parseAs: 'blob' },
) => Promise<{ data?: Blob; error?: unknown; response: Response }>;

/** A document as a PDF file: a plain link cannot carry the bearer token, so it is fetched and shown from memory. */
export async function fetchDossierDocument(dossierId: string, document: DossierDocument): Promise<Blob> {
  return answerOf(untypedGet(documentPath(dossierId, document), { parseAs: 'blob' }));
}
