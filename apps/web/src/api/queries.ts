import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from './client';
import type { components } from './schema';

export type Me = components['schemas']['MeView'];
export type InboxItem = components['schemas']['InboxItemView'];
export type CampaignSummary = components['schemas']['CampaignSummaryView'];

// The API's page size cap: one page holds everything an official sees in this slice.
const ALL = { limit: 500, offset: 0 };
const INBOX_REFRESH_MS = 30_000;

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: async () => dataOf(await api.GET('/me')), staleTime: 5 * 60_000 });
}

/** Shared by the inbox page and the count in the navigation; refreshed every 30 s while the app is open. */
export function useInbox() {
  return useQuery({
    queryKey: ['inbox'],
    queryFn: async () => dataOf(await api.GET('/inbox', { params: { query: ALL } })),
    refetchInterval: INBOX_REFRESH_MS,
  });
}

export function useCampaigns() {
  return useQuery({ queryKey: ['campaigns'], queryFn: async () => dataOf(await api.GET('/campaigns', { params: { query: ALL } })) });
}
