import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, dataOf } from './client';
import { RefusedRequest } from './new-campaign-queries';
import type { components } from './schema';

// What the org upkeep page (Quản trị > Tổ chức) reads and sends: the unit tree, the recorded change sets, a unit's
// history, and a change set's preview and application.

type Schemas = components['schemas'];
export type OrgUnit = Schemas['UnitView'];
export type OrgUnitWithChildren = Schemas['UnitWithChildrenView'];
export type OrgChangeSetBody = Schemas['OrgChangeSetDto'];
export type OrgChangePreview = Schemas['OrgChangePreviewView'];
export type OrgChangeEffects = Schemas['OrgChangeEffectsView'];
export type OrgChangeCreated = Schemas['OrgChangeCreatedView'];
export type OrgChangeRecord = Schemas['OrgChangeView'];
export type UnitHistory = Schemas['UnitHistoryView'];
export type UnitOnDay = Schemas['UnitOnDayView'];

/** The tree changes only when an administrator applies a set (this page then reads it again). */
const TREE_STALE_MS = 5 * 60_000;

export const orgUnitQuery = (code: string) => ({
  // The key the campaign and new-campaign pages read a unit under, so applying a set refreshes them too.
  queryKey: ['unit', code],
  queryFn: async (): Promise<OrgUnitWithChildren> => dataOf(await api.GET('/units/{code}', { params: { path: { code } } })),
  staleTime: TREE_STALE_MS,
});

/** The units whose children have been read, by code: the root at once, the rest as the administrator opens them. */
export function useOrgUnits(codes: readonly string[]) {
  const results = useQueries({ queries: codes.map((code) => orgUnitQuery(code)) });
  const key = results.map((r) => r.dataUpdatedAt).join(',');
  const units = useMemo(() => {
    const byCode = new Map<string, OrgUnitWithChildren>();
    for (const result of results) if (result.data) byCode.set(result.data.code, result.data);
    return byCode;
    // The results array is new on every render; what they hold changes only with dataUpdatedAt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { units, results };
}

export const ORG_CHANGES_PAGE_SIZE = 10;

export function useOrgChanges(page: number) {
  return useQuery({
    queryKey: ['org-changes', page],
    queryFn: async () =>
      dataOf(
        await api.GET('/org/changes', { params: { query: { limit: ORG_CHANGES_PAGE_SIZE, offset: (page - 1) * ORG_CHANGES_PAGE_SIZE } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** How many recent sets the tree reads its dissolved units from (GET /units/{code} lists only units in existence). */
const DISSOLVED_FROM_SETS = 100;

/**
 * The units dissolved by the recorded sets, each as it stands now (its parent and successor): the tree shows them,
 * greyed, under their old parent, since GET /units/{code} lists only the children still in existence.
 */
export function useDissolvedUnits(enabled: boolean) {
  const sets = useQuery({
    enabled,
    queryKey: ['org-changes', 'dissolved'],
    queryFn: async () => dataOf(await api.GET('/org/changes', { params: { query: { limit: DISSOLVED_FROM_SETS, offset: 0 } } })),
  });
  const codes = useMemo(() => {
    const all = (sets.data?.items ?? []).filter((set) => set.status === 'applied').flatMap((set) => set.dissolved.map((d) => d.unitCode));
    return [...new Set(all)];
  }, [sets.data]);
  const { units } = useOrgUnits(codes);
  return useMemo(() => [...units.values()].filter((unit) => !unit.active), [units]);
}

/** Every version of a unit and every posting to it. */
export function useUnitHistory(code: string | null) {
  return useQuery({
    queryKey: ['unit-history', code],
    queryFn: async () => dataOf(await api.GET('/units/{code}/history', { params: { path: { code: code! } } })) as UnitHistory,
    enabled: !!code,
  });
}

/** The unit as it was on `on` (YYYY-MM-DD) and who held which roles that day. */
export function useUnitOnDay(code: string | null, on: string | null) {
  return useQuery({
    queryKey: ['unit-history', code, on],
    queryFn: async () =>
      dataOf(await api.GET('/units/{code}/history', { params: { path: { code: code! }, query: { on: on! } } })) as UnitOnDay,
    enabled: !!code && !!on,
  });
}

/** A preview writes nothing: its answer (ok, errors, effects) is the whole result, a 4xx a refusal to show. */
export function usePreviewOrgChanges() {
  return useMutation({
    mutationFn: async (body: OrgChangeSetBody): Promise<OrgChangePreview> => {
      const result = await api.POST('/org/changes/preview', { body });
      if (!result.response.ok || !result.data) throw new RefusedRequest(result.response.status, result.error);
      return result.data;
    },
  });
}

/** Records the set; once it is applied the tree, the officials' units and the list are read again. */
export function useApplyOrgChanges() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: OrgChangeSetBody): Promise<OrgChangeCreated> => {
      const result = await api.POST('/org/changes', { body });
      if (!result.response.ok || !result.data) throw new RefusedRequest(result.response.status, result.error);
      return result.data;
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['org-changes'] }),
        queryClient.invalidateQueries({ queryKey: ['unit'] }),
        queryClient.invalidateQueries({ queryKey: ['unit-history'] }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]),
  });
}
