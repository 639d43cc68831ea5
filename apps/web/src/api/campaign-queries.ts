import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type CampaignSchedule = Schemas['CampaignScheduleView'];
export type PhaseSchedule = Schemas['PhaseScheduleView'];
export type LevelTimes = Schemas['LevelTimesView'];
export type UnitWithChildren = Schemas['UnitWithChildrenView'];
export type UnitSummary = Schemas['UnitView'];
export type TimelinePage = Schemas['TimelinePageView'];
export type TimelineItem = Schemas['TimelineItemView'];

/** A unit's place in the tree barely changes during a session. */
const TREE_STALE_MS = 10 * 60_000;

/** When each phase opens and falls due per level, as the obligations were counted; and the issuing body's name. */
export function useCampaignSchedule(campaignId: string) {
  return useQuery({
    queryKey: ['campaign', campaignId, 'schedule'],
    queryFn: async () => dataOf(await api.GET('/campaigns/{id}/schedule', { params: { path: { id: campaignId } } })),
  });
}

/**
 * A unit and its direct sub-units. `enabled: false` for a unit the official may not read: the API would refuse
 * it (403), and the page shows its code instead of asking.
 */
export function useUnit(code: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['unit', code],
    queryFn: async () => dataOf(await api.GET('/units/{code}', { params: { path: { code: code! } } })),
    enabled: enabled && !!code,
    staleTime: TREE_STALE_MS,
  });
}

/**
 * The units from `parentCode` up to `upTo` (the top of what the official may read), top first. Walked one parent at
 * a time: the tree API names only a unit's parent, and the chain is as short as the tree is deep.
 */
export function useUnitAncestors(parentCode: string | null | undefined, upTo: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['unit', parentCode, 'ancestors', upTo],
    enabled: enabled && !!parentCode && !!upTo,
    staleTime: TREE_STALE_MS,
    queryFn: async () => {
      const ancestors: UnitSummary[] = [];
      // A tree deeper than this is not an administrative tree: stop rather than walk a cycle in bad data.
      for (let code = parentCode, depth = 0; code && depth < 12; depth++) {
        const unit = dataOf(await api.GET('/units/{code}', { params: { path: { code } } }));
        ancestors.unshift(unit);
        if (unit.code === upTo) break;
        code = unit.parentCode;
      }
      return ancestors;
    },
  });
}

export const TIMELINE_PAGE_SIZE = 20;

/** The campaign's recorded steps on a unit (and the units below it), oldest first, one page at a time. */
export function useUnitTimeline(campaignId: string, unitCode: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['campaign', campaignId, 'timeline', unitCode, page],
    enabled,
    placeholderData: (previous) => previous,
    queryFn: async () =>
      dataOf(
        await api.GET('/campaigns/{id}/timeline', {
          params: {
            path: { id: campaignId },
            query: { unitCode, limit: TIMELINE_PAGE_SIZE, offset: (page - 1) * TIMELINE_PAGE_SIZE },
          },
        }),
      ),
  });
}
