import { useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isSupportedYear, NATIONAL_CALENDAR, type PlanDefinition, type YearOverride, type YearOverrides } from '@tdkt/domain';
import { useCallback, useMemo, useState } from 'react';
import { api, dataOf } from './client';
import { campaignQuery, type CampaignSummary } from './queries';
import type { components } from './schema';

// What the new-campaign page reads and sends: templates, the unit tree (lazily), the national calendar, and the plan.

type Schemas = components['schemas'];
export type TemplateSummary = Schemas['TemplateSummaryView'];
export type TemplateDetail = Schemas['TemplateDetailView'];
export type UnitWithChildren = Schemas['UnitWithChildrenView'];
export type CalendarYear = Schemas['CalendarYearView'];

/** The templates and the calendar change when an administrator edits them, which is rare: read once per visit. */
const RARELY_CHANGES_MS = 10 * 60_000;

export function useTemplates() {
  return useQuery({
    queryKey: ['campaign-templates'],
    queryFn: async () => dataOf(await api.GET('/campaign-templates')),
    staleTime: RARELY_CHANGES_MS,
  });
}

export function useTemplate(key: string | undefined) {
  return useQuery({
    queryKey: ['campaign-templates', key],
    queryFn: async () => dataOf(await api.GET('/campaign-templates/{key}', { params: { path: { key: key! } } })),
    enabled: !!key,
    staleTime: RARELY_CHANGES_MS,
  });
}

const unitQuery = (code: string) => ({
  queryKey: ['unit', code],
  queryFn: async () => dataOf(await api.GET('/units/{code}', { params: { path: { code } } })),
  staleTime: RARELY_CHANGES_MS,
});

/** Deep enough to meet every level once: a tree of 3,300 communes is never read whole. */
const MAX_DISCOVERY_DEPTH = 6;

/**
 * The root and, below it, one chain of units down to a leaf, taking at each step the first child of another level:
 * enough to know the tree's levels in order (for the template's {{level+N}} and the per-level due dates) and to
 * find the bodies a template names among the root's children.
 */
async function discoverLevels(queryClient: QueryClient, rootCode: string, readsBelow: boolean): Promise<UnitWithChildren[]> {
  const loaded: UnitWithChildren[] = [];
  let unit = await queryClient.fetchQuery(unitQuery(rootCode));
  loaded.push(unit);
  for (let depth = 0; readsBelow && depth < MAX_DISCOVERY_DEPTH; depth++) {
    const lower = unit.children.find((child) => child.levelCode !== unit.levelCode);
    if (!lower) break;
    unit = await queryClient.fetchQuery(unitQuery(lower.code));
    loaded.push(unit);
  }
  return loaded;
}

/**
 * The unit tree under `rootCode` as far as it has been read: discovered at once, then unit by unit as the official
 * opens branches (`expand`, for antd Tree's loadData). `readsBelow`: whether the official may read the units below
 * their own (GET /units/{code} answers a specialist for their own unit only); when not, only it and its children are known.
 */
export function useUnitTree(rootCode: string | undefined, readsBelow: boolean) {
  const queryClient = useQueryClient();
  const discovery = useQuery({
    queryKey: ['unit-tree-discovery', rootCode, readsBelow],
    queryFn: () => discoverLevels(queryClient, rootCode!, readsBelow),
    enabled: !!rootCode,
    staleTime: RARELY_CHANGES_MS,
  });
  const [expanded, setExpanded] = useState<UnitWithChildren[]>([]);
  const expand = useCallback(
    async (code: string) => {
      const unit = await queryClient.fetchQuery(unitQuery(code));
      setExpanded((units) => (units.some((u) => u.code === code) ? units : [...units, unit]));
    },
    [queryClient],
  );
  const units = useMemo(() => {
    const byCode = new Map<string, UnitWithChildren>();
    for (const unit of [...(discovery.data ?? []), ...expanded]) byCode.set(unit.code, unit);
    return byCode;
  }, [discovery.data, expanded]);
  return { units, expand, isPending: discovery.isPending && !!rootCode, isError: discovery.isError, retry: discovery.refetch };
}

/**
 * The national calendar in force for the given years: the shipped announcements, replaced year by year by what
 * GET /calendar/{year} says is in force now (an administrator may have entered a year since the app was built).
 */
export function useNationalCalendar(years: readonly number[]): YearOverrides {
  const wanted = [...new Set(years)].filter(isSupportedYear).sort();
  const results = useQueries({
    queries: wanted.map((year) => ({
      queryKey: ['calendar', year],
      queryFn: async () => dataOf(await api.GET('/calendar/{year}', { params: { path: { year } } })),
      staleTime: RARELY_CHANGES_MS,
    })),
  });
  const announced = results.map((result) => (result.data ? ([result.data.year, result.data.announcement] as const) : null));
  const key = JSON.stringify(announced);
  return useMemo(() => {
    const national: Record<number, YearOverride> = { ...NATIONAL_CALENDAR };
    for (const entry of JSON.parse(key) as ([number, YearOverride | null] | null)[]) {
      if (!entry) continue;
      const [year, announcement] = entry;
      if (announcement) national[year] = announcement;
      else delete national[year];
    }
    return national;
  }, [key]);
}

/** The plan of a campaign the official can see, read when they choose it as a starting point. */
export function fetchCampaignPlan(queryClient: QueryClient, campaignId: string): Promise<PlanDefinition> {
  return (
    queryClient
      // The campaign page's own query, so the two share what was read.
      .fetchQuery(campaignQuery(campaignId))
      .then((campaign) => campaign.plan)
  );
}

/** An answer that is not a success, with its body, for the page to read with refusalOf. */
export class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`API ${status}`);
  }
}

/** The new campaign POST /campaigns or its clone answered with, or the refusal to show on the form. */
async function created(result: { data?: CampaignSummary; error?: unknown; response: Response }): Promise<CampaignSummary> {
  if (!result.response.ok || !result.data) throw new RefusedRequest(result.response.status, result.error);
  return result.data;
}

/** What POST /campaigns takes: a plan, with the template and issuer when the API is to fill placeholders left in it. */
export interface PlanSubmission {
  plan: PlanDefinition;
  templateKey?: string;
  issuerUnitCode?: string;
}

/** Drafting is submitting: the campaign starts on its approval chain as it is created. */
export function useSubmitPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ plan, ...template }: PlanSubmission) =>
      created(await api.POST('/campaigns', { body: { ...template, plan: plan as unknown as Record<string, unknown> } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  });
}

export function useCloneCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ campaignId, year }: { campaignId: string; year: number }) =>
      created(await api.POST('/campaigns/{id}/clone', { params: { path: { id: campaignId } }, body: { year } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['campaigns'] }),
  });
}
