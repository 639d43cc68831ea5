import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type Dashboard = Schemas['DashboardView'];
export type DashboardDay = Schemas['DashboardDayView'];
export type DashboardLateUnit = Schemas['DashboardLateUnitView'];

/** As often as the progress counts it stands beside, so both show the same moment. */
const DASHBOARD_REFRESH_MS = 30_000;

/** Activity per day, the latest units (`top` of them) and the names of levels and phases, within what I may see. */
export function useDashboard(campaignId: string, top: number) {
  return useQuery({
    queryKey: ['campaign', campaignId, 'dashboard', top],
    queryFn: async () => dataOf(await api.GET('/campaigns/{id}/dashboard', { params: { path: { id: campaignId }, query: { top } } })),
    refetchInterval: DASHBOARD_REFRESH_MS,
  });
}
