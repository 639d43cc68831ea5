import type { DataSource } from 'typeorm';
import type { Role } from '@tdkt/domain';
import { CampaignDashboardQueries, CampaignProjections, CampaignRepository, type ActingForGrant, type InboxQuery } from '@tdkt/persistence';
import { benchPhases, communeCode, COMMUNES_PER_DISTRICT, DISTRICTS, districtCode, PROVINCE } from './read-model-shape';

/** One read the api makes, as its controller calls the persistence code; `run(i)` varies the official, campaign or page with i. */
export interface QueryCase {
  name: string;
  route: string;
  run(i: number): Promise<unknown>;
}

const DUE_STATES = ['overdue', 'upcoming', 'undated'] as const;

/**
 * The inbox (GET /inbox: InboxController → CampaignProjections.inboxFor) and the progress views (GET /campaigns/:id/units,
 * /progress, /dashboard; GET /campaigns for its visibility test on unit_progress), each called exactly as its
 * controller calls it, on the api's own classes over the bench's DataSource. Not measured: the campaign and unit
 * look-ups by primary key each route makes first (visible, requireInCampaign), on the small tables.
 */
export function queryCases(dataSource: DataSource, campaignIds: readonly string[], now: Date): QueryCase[] {
  const projections = new CampaignProjections(dataSource);
  const dashboard = new CampaignDashboardQueries(dataSource);
  const campaigns = new CampaignRepository(dataSource);
  const kinds = [...new Set(benchPhases().map((phase) => phase.kind))];
  const campaignOf = (i: number) => campaignIds[i % campaignIds.length];
  const district = (i: number) => 1 + (i % DISTRICTS);
  const commune = (i: number) => communeCode(district(i), 1 + ((i * 7) % COMMUNES_PER_DISTRICT));
  const districtPath = (i: number) => `/${PROVINCE}/${districtCode(district(i))}/`;
  const inbox = (unitCode: string, roles: Role[], query: Partial<InboxQuery>, actingFor: ActingForGrant[] = []) =>
    projections.inboxFor({ unitCode, roles, actingFor }, { limit: 20, offset: 0, ...query });
  const filterOf = (i: number): Partial<InboxQuery> =>
    [{ kind: kinds[i % kinds.length] }, { campaignId: campaignOf(i) }, { due: { state: DUE_STATES[i % DUE_STATES.length], at: now } }][
      i % 3
    ];

  return [
    {
      name: 'inbox: commune specialist, first page',
      route: 'GET /inbox?limit=20',
      run: (i) => inbox(commune(i), ['specialist'], {}),
    },
    {
      name: 'inbox: commune specialist, filtered',
      route: 'GET /inbox?limit=20&kind=… / campaignId=… / due=…',
      run: (i) => inbox(commune(i), ['specialist'], filterOf(i)),
    },
    {
      name: 'inbox: commune leader, menu count',
      route: 'GET /inbox?limit=1',
      run: (i) => inbox(commune(i), ['leader'], { limit: 1 }),
    },
    {
      name: 'inbox: district leader, first page',
      route: 'GET /inbox?limit=20',
      run: (i) => inbox(districtCode(district(i)), ['leader'], {}),
    },
    {
      name: 'inbox: district leader, page 5, filtered',
      route: 'GET /inbox?limit=20&offset=80&kind=… / campaignId=… / due=…',
      run: (i) => inbox(districtCode(district(i)), ['leader'], { offset: 80, ...filterOf(i) }),
    },
    {
      name: 'inbox: district specialist acting for its leader',
      route: 'GET /inbox?limit=20 (a delegation of report approvals and extensions in force)',
      run: (i) =>
        inbox(districtCode(district(i)), ['specialist'], {}, [
          {
            delegationId: 'bench',
            unitCode: districtCode(district(i)),
            roles: ['leader'],
            kinds: ['report_approval', 'extension_decision'],
            campaignId: null,
          },
        ]),
    },
    {
      name: 'inbox: province leader, pages 1–5',
      route: 'GET /inbox?limit=20&offset=0…80',
      run: (i) => inbox(PROVINCE, [i % 2 ? 'leader' : 'deputy_leader'], { offset: 20 * (i % 5) }),
    },
    {
      name: 'progress: units page, whole campaign',
      route: 'GET /campaigns/:id/units?offset=0…450 (issuer)',
      run: (i) => projections.progressOf(campaignOf(i), { limit: 50, offset: 50 * (i % 10) }),
    },
    {
      name: 'progress: units page, a district’s subtree',
      route: 'GET /campaigns/:id/units (district official)',
      run: (i) => projections.progressOf(campaignOf(i), { limit: 50, offset: 0, underPath: districtPath(i) }),
    },
    {
      name: 'progress: units page, filtered',
      route: 'GET /campaigns/:id/units?levelCode=xa&status=submitted / late=true / phase=… / reportsTo=…',
      run: (i) =>
        projections.progressOf(campaignOf(i), {
          limit: 50,
          offset: 0,
          ...[
            { levelCode: 'xa', status: 'submitted' as const },
            { lateAt: now },
            { phaseKey: benchPhases()[i % 8].key },
            { reportsTo: districtCode(district(i)) },
          ][i % 4],
        }),
    },
    {
      name: 'progress: one unit’s obligations',
      route: 'GET /campaigns/:id/units?unitCode=…',
      run: (i) => projections.progressOf(campaignOf(i), { limit: 50, offset: 0, unitCodes: [commune(i)] }),
    },
    {
      name: 'progress: counts per level and phase, whole campaign',
      route: 'GET /campaigns/:id/progress (issuer)',
      run: (i) => projections.progressSummary(campaignOf(i), now),
    },
    {
      name: 'progress: counts per level and phase, a district’s subtree',
      route: 'GET /campaigns/:id/progress (district official)',
      run: (i) => projections.progressSummary(campaignOf(i), now, districtPath(i)),
    },
    {
      name: 'dashboard: levels',
      route: 'GET /campaigns/:id/dashboard (1 of 3, issuer)',
      run: (i) => dashboard.levels(campaignOf(i)),
    },
    {
      name: 'dashboard: reports per day',
      route: 'GET /campaigns/:id/dashboard (2 of 3, issuer)',
      run: (i) => dashboard.dailyActivity(campaignOf(i)),
    },
    {
      name: 'dashboard: units most late, top 10',
      route: 'GET /campaigns/:id/dashboard (3 of 3, issuer)',
      run: (i) => dashboard.lateUnits(campaignOf(i), now, { limit: 10 }),
    },
    {
      name: 'campaigns a commune official sees',
      route: 'GET /campaigns (visibility: EXISTS on unit_progress)',
      run: (i) => campaigns.list({ visibleToPath: `/${PROVINCE}/${districtCode(district(i))}/${commune(i)}/`, limit: 50, offset: 0 }),
    },
  ];
}
