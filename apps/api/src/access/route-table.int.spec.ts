import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  AccessTarget,
  catalogueEntry,
  catalogueInForce,
  computeAwardRoute,
  grantOf,
  holdsOnlyReadOnlyRoles,
  isRouteRefusal,
  OrgImport,
  RELATIONS,
  relationsTo,
  Resource,
  Role,
  SHIPPED_AWARD_CATALOGUES,
  UnitRecord,
  validateOrgImport,
} from '@tdkt/domain';
import { AwardDossierStore, CampaignEntity, DEMO_ORG, OrgDirectory } from '@tdkt/persistence';
import example from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { startTestApp, TestApp } from '../test-app';
import { DEMO_PASSWORD, insertCampaign, loginCache } from '../audit/audit-test-support';
import { isDraft } from './access-policy.service';
import { ROUTE_ACCESS, RouteAccess } from './route-access';

/**
 * The need-to-know table (docs/ACCESS.md) against the running API: every route the app answers, called as officials of
 * every role in the issuer's unit, a department, a district, a commune, another district and another tree, on a
 * campaign issued by the province (running), its draft, a district's campaign and an award dossier. Each answer is
 * compared with what the table says: allowed means anything but 401/403, refused means 403.
 *
 * No request starts a workflow. Reads are compared in full. A change is sent with an empty body: the guards (a role the
 * table requires whatever the relation; a read-only official) refuse before the body is read, so those refusals are
 * compared; an allowed change answers the body's 400. Changes the workflow decides (routes marked ⁽ʷ⁾ in the docs) are
 * only checked for the read-only refusal; the workflows' own specs check who acts on each step. Drafting (POST
 * /campaigns, clone) is sent a real plan whose dates have passed: refused by who drafts it (403) before the dates (400).
 * Verification runs a workflow on a worker: only its refusals are called here. Not covered: a dossier posted publicly
 * (`posted`), units a campaign reached outside the issuer's subtree; the domain spec checks those rows of the table.
 * It replaces the auditors' walk (auditor-routes.int.spec.ts), whose checks are the auditor personas here.
 */

interface RouteInfo {
  method: string;
  path: string;
}

interface Persona {
  username: string;
  roles: Role[];
  unitCode: string;
  unitPath: string;
}

/** Every route the running app answers, read from Express's router: a route added tomorrow is checked tomorrow. */
function routesOf(t: TestApp): RouteInfo[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack
    .flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods)
            .filter((method) => layer.route!.methods[method])
            .map((method) => ({ method: method.toUpperCase(), path: layer.route!.path }))
        : [],
    )
    .filter((route) => !route.path.startsWith('/docs') && route.method !== 'HEAD');
}

const keyOf = (route: RouteInfo) => `${route.method} ${route.path}`;

/** Query parameters a route needs before it looks at anything else. */
const QUERY: Record<string, string> = {
  'GET /campaigns/:id/units/:unitCode/aggregate': '?phase=so-ket-2023',
  'GET /campaigns/:id/units/:unitCode/followed': '?phase=so-ket-2023',
};

/** Routes whose allowed answer runs a workflow on a worker: called only where the table refuses. */
const WORKER_ROUTES = new Set(['GET /campaigns/:id/verification']);

const OTHER_TREE: OrgImport = {
  levels: [],
  units: [{ code: 'HG', name: 'Ủy ban nhân dân tỉnh Hà Giang', levelCode: 'tinh', kind: 'ubnd', parentCode: null, issuerCode: 'UBND' }],
  officials: [
    {
      username: 'chuyenvien.hg',
      fullName: 'Vàng Thị Mai',
      email: 'chuyenvien.hg@hagiang.demo.gov.vn',
      unitCode: 'HG',
      roles: ['specialist'],
    },
    { username: 'quantri.hg', fullName: 'Lò Văn Sơn', email: 'quantri.hg@hagiang.demo.gov.vn', unitCode: 'HG', roles: ['admin'] },
  ].map((o) => ({ ...o, title: null, password: DEMO_PASSWORD })),
} as unknown as OrgImport;

/** One official per role and relation that tells them apart: the issuer's unit, a department on the approval chain, a district, a commune, another district, another tree. */
const PERSONAS = [
  'chuyenvien.tinh',
  'lanhdao.tinh',
  'thanhtra.tinh',
  'quantri',
  'thamdinh.snv',
  'chuyenvien.ys',
  'lanhdao.ys',
  'thanhtra.ys',
  'chuyenvien.ys-thangquan',
  'chuyenvien.sd',
  'quantri.hg',
];
const UNITS = ['TQ', 'TQ-YS', 'TQ-YS-THANGQUAN', 'TQ-SD', 'HG'];
/** A unit inside a campaign: one below the district, one beside it, the district's own. */
const CAMPAIGN_UNITS = ['TQ-YS', 'TQ-YS-THANGQUAN', 'TQ-SD'];

interface Call {
  route: string;
  path: string;
  body?: object;
  expected: 'allowed' | 'refused' | 'read-only refused' | 'past the guards';
  because: string;
}

describe('need-to-know: every route, for every role and relation, as the table says', () => {
  let t: TestApp;
  const login = loginCache(() => t);
  let routes: RouteInfo[];
  const personas = new Map<string, Persona>();
  const paths = new Map<string, string>();
  const campaigns: { entity: CampaignEntity; label: string }[] = [];
  let running: CampaignEntity;
  let dossier: { id: string; nominatingPath: string; route: string[] };

  beforeAll(async () => {
    t = await startTestApp();
    routes = routesOf(t);
    const directory = new OrgDirectory(t.dataSource);
    const other = validateOrgImport(OTHER_TREE, await directory.existingKeys());
    if (!other.ok) throw new Error(`The other tree does not import: ${JSON.stringify(other.errors)}`);
    await directory.applyImport(other.value);
    for (const code of UNITS) paths.set(code, (await directory.findUnit(code))!.path);
    for (const official of [...DEMO_ORG.officials, ...OTHER_TREE.officials].filter((o) => PERSONAS.includes(o.username))) {
      const unitPath = (await directory.findUnit(official.unitCode))!.path;
      personas.set(official.username, {
        username: official.username,
        roles: official.roles as Role[],
        unitCode: official.unitCode,
        unitPath,
      });
    }

    const draft = await insertCampaign(t, 'TQ', 'Dự thảo kế hoạch Chuyển đổi số tỉnh');
    running = await insertCampaign(t, 'TQ', 'Chuyển đổi số tỉnh Tuyên Quang');
    const district = await insertCampaign(t, 'TQ-YS', 'Chuyển đổi số huyện Yên Sơn');
    for (const issued of [running, district]) {
      await t.dataSource.getRepository(CampaignEntity).update(issued.id, { status: 'running' });
      issued.status = 'running';
    }
    campaigns.push(
      { entity: draft, label: 'draft by TQ' },
      { entity: running, label: 'running, TQ' },
      { entity: district, label: 'running, TQ-YS' },
    );

    dossier = await insertDossier(t, running, 'TQ-YS-THANGQUAN');
    for (const username of PERSONAS) await login(username);
  }, 120_000);
  afterAll(() => t?.close());

  /** The route's refusal would come from the table (with every relation the persona could have when it names none). */
  const tableSays = (persona: Persona, resource: Resource, access: RouteAccess, target: AccessTarget | 'none' | 'own') => {
    const relations = target === 'none' ? [...RELATIONS] : target === 'own' ? (['own_unit'] as const) : relationsTo(persona, target);
    const rule = grantOf(persona.roles, [...relations], resource, access.action);
    return { allowed: rule !== null, because: `${resource}/${access.action} as ${persona.roles.join(',')} ${[...relations].join('+')}` };
  };

  const campaignTarget = (campaign: CampaignEntity): AccessTarget => {
    const issuerPath = campaign.issuerUnitCode === 'TQ' ? paths.get('TQ')! : paths.get('TQ-YS')!;
    const chain = isDraft(campaign) ? campaign.plan.approvalChain.map((step) => step.unitCode ?? campaign.issuerUnitCode) : [];
    return { unitPath: issuerPath, issuerPath, routeUnitCodes: chain };
  };
  const campaignReadable = (persona: Persona, campaign: CampaignEntity) =>
    tableSays(
      persona,
      isDraft(campaign) ? 'draft_plan' : 'campaign',
      { resource: 'campaign', action: 'read', target: 'campaign', enforcedBy: 'policy' },
      campaignTarget(campaign),
    );

  /** The calls one persona makes on one route, each with what the table expects. */
  function callsFor(persona: Persona, route: RouteInfo, access: RouteAccess): Call[] {
    const key = keyOf(route);
    const fill = (values: { campaign?: string; unit?: string }) =>
      route.path.replace(/:([A-Za-z0-9_]+)/g, (_all, name: string) => {
        if (name === 'campaignId' || (name === 'id' && route.path.startsWith('/campaigns/:id'))) return values.campaign ?? randomUUID();
        if (['unitCode', 'code', 'unit'].includes(name)) return values.unit ?? 'TQ';
        if (name === 'obligationKey') return 'phat-dong';
        if (name === 'dossierId') return dossier.id;
        if (name === 'index') return '0';
        if (name === 'year') return '2026';
        return randomUUID();
      }) + (QUERY[key] ?? '');
    const verdict = (v: { allowed: boolean; because: string }) => ({
      expected: v.allowed ? ('allowed' as const) : ('refused' as const),
      because: v.because,
    });

    if (route.method !== 'GET') {
      if (key === 'POST /campaigns' || key === 'POST /campaigns/:id/clone') {
        // A real plan, in the province's name, whose dates have passed: only who drafts it decides between 403 and 400.
        const v = tableSays(persona, 'plan_drafting', access, { unitPath: paths.get('TQ')! });
        const readable = key === 'POST /campaigns' || campaignReadable(persona, running).allowed;
        const body = key === 'POST /campaigns' ? { plan: example } : { year: 2024 };
        return [
          { route: key, path: fill({ campaign: running.id }), body, ...verdict({ allowed: v.allowed && readable, because: v.because }) },
        ];
      }
      const path = fill({ campaign: running.id, unit: 'TQ' });
      if (
        access.enforcedBy === 'workflow' ||
        (access.target !== 'none' && access.target !== 'own' && access.resource !== 'catalogue_override')
      ) {
        const readOnly = holdsOnlyReadOnlyRoles(persona.roles);
        return [
          { route: key, path, expected: readOnly ? 'read-only refused' : 'past the guards', because: 'the workflow decides who acts' },
        ];
      }
      // With an empty body only the guards answer: they refuse by role (any relation); the relation is the service's,
      // after the body is read (e.g. PUT /award-catalogue/overrides/:unitCode, AccessPolicy in AwardCatalogueService).
      const target = access.target === 'own' ? 'own' : 'none';
      return [{ route: key, path, ...verdict(tableSays(persona, access.resource, access, target)) }];
    }

    switch (access.target) {
      case 'none':
      case 'own':
        return [{ route: key, path: fill({}), ...verdict(tableSays(persona, access.resource, access, access.target)) }];
      case 'unit':
        return UNITS.map((unit) => ({
          route: key,
          path: fill({ unit }),
          ...verdict(tableSays(persona, access.resource, access, { unitPath: paths.get(unit)! })),
        }));
      case 'campaign':
        return campaigns.map(({ entity }) => {
          const readable = campaignReadable(persona, entity);
          const resource = access.resource === 'campaign' && isDraft(entity) ? 'draft_plan' : access.resource;
          const v = tableSays(persona, resource, access, campaignTarget(entity));
          return {
            route: key,
            path: fill({ campaign: entity.id }),
            ...verdict({ allowed: readable.allowed && v.allowed, because: `${readable.because}; ${v.because}` }),
          };
        });
      case 'campaign_unit':
        return campaigns
          .filter(({ entity }) => !isDraft(entity))
          .flatMap(({ entity }) =>
            CAMPAIGN_UNITS.map((unit) => {
              const readable = campaignReadable(persona, entity);
              const target = { unitPath: paths.get(unit)!, issuerPath: campaignTarget(entity).issuerPath };
              const relations = relationsTo(persona, target);
              const v = tableSays(persona, access.resource, access, target);
              // An obligation's history is read on the issuer's side alone only for units the campaign reached (none here).
              const reached = !key.endsWith('/history') || relations.includes('own_unit') || relations.includes('below_me');
              return {
                route: key,
                path: fill({ campaign: entity.id, unit }),
                ...verdict({ allowed: readable.allowed && v.allowed && reached, because: `${readable.because}; ${v.because}` }),
              };
            }),
          );
      case 'dossier': {
        const v = tableSays(persona, access.resource, access, {
          unitPath: dossier.nominatingPath,
          routeUnitCodes: dossier.route,
          posted: false,
        });
        return [{ route: key, path: fill({}), ...verdict(v) }];
      }
    }
  }

  const send = (method: string, path: string, token: string, body?: object) => {
    const call = request(t.app.getHttpServer())[method.toLowerCase() as 'get'](path).set('Authorization', `Bearer ${token}`);
    return method === 'GET' ? call : call.send(body ?? {});
  };

  it('knows every route the app answers, and the table knows every route it lists', () => {
    expect(routes.length).toBeGreaterThanOrEqual(60);
    const missing = routes.map(keyOf).filter((key) => !ROUTE_ACCESS[key]);
    // A route that is not in apps/api/src/access/route-access.ts is named here: add it to the table.
    expect({ missingFromTheTable: missing }).toEqual({ missingFromTheTable: [] });
  });

  it('answers every role and relation as the table says, on every route', async () => {
    const mismatches: string[] = [];
    const serverErrors: string[] = [];
    let calls = 0;
    for (const route of routes) {
      const key = keyOf(route);
      const access = ROUTE_ACCESS[key];
      // Signing out would end the session the walk uses; sign-in-security.int.spec.ts covers it.
      if (!access || key === 'POST /auth/logout') continue;
      for (const username of PERSONAS) {
        const persona = personas.get(username)!;
        const token = await login(username);
        // Verification replays the campaign on a worker (none runs here): only its refusals are called; its answers
        // inside scope are verification.int.spec.ts's.
        const planned = callsFor(persona, route, access).filter((call) => !WORKER_ROUTES.has(key) || call.expected === 'refused');
        // A request that never answers would hang the walk (and the app's close): it fails, named, after 15 s.
        const answers = await Promise.all(
          planned.map((call) =>
            send(route.method, call.path, token, call.body)
              .timeout({ response: 15_000 })
              .then(
                (response) => ({ status: response.status, body: response.body as unknown }),
                (error: Error) => ({ status: 599, body: error.message as unknown }),
              ),
          ),
        );
        planned.forEach((call, i) => {
          calls += 1;
          const status = answers[i].status;
          if (status >= 500) serverErrors.push(`${username} ${route.method} ${call.path} → ${status}`);
          const refused = status === 403 || status === 401;
          const ok =
            call.expected === 'allowed' || call.expected === 'past the guards'
              ? !refused
              : call.expected === 'refused' || call.expected === 'read-only refused'
                ? status === 403
                : false;
          if (ok) return;
          mismatches.push(
            `${username} ${route.method} ${call.path}: expected ${call.expected} (${call.because}), got ${status} ${JSON.stringify(answers[i].body).slice(0, 160)}`,
          );
        });
      }
    }
    expect(calls).toBeGreaterThan(800);
    expect(mismatches).toEqual([]);
    expect(serverErrors).toEqual([]);
  }, 180_000);

  it('refuses the commune’s clerk the province’s nominations, draft plan and its drafting; the issuer’s specialist reads a commune’s criteria', async () => {
    const clerk = await login('chuyenvien.ys-thangquan');
    const draft = campaigns[0].entity;
    await send('GET', `/campaigns/${draft.id}`, clerk).expect(403);
    const nominations = await send('GET', `/campaigns/${running.id}/nominations`, clerk).expect(200);
    expect(nominations.body).toEqual([]);
    const drafting = await send('POST', '/campaigns', clerk, { plan: example }).expect(403);
    expect(JSON.stringify(drafting.body)).toContain('soạn kế hoạch nhân danh đơn vị này');
    await send('GET', `/campaigns/${running.id}/units/TQ-YS-THANGQUAN/criteria`, await login('chuyenvien.tinh')).expect(200);
    await send('GET', `/campaigns/${draft.id}`, await login('thamdinh.snv')).expect(200);
  });

  // Folded in from the auditors' walk (auditor-routes.int.spec.ts): what the table does not say about them.
  it('refuses an auditor every change with the read-only message, and a timeline filtered outside their district', async () => {
    const refused = await send('POST', `/campaigns/${running.id}/end`, await login('thanhtra.tinh')).expect(403);
    expect(JSON.stringify(refused.body)).toContain('chỉ được xem, không được thay đổi dữ liệu');
    const district = await login('thanhtra.ys');
    for (const unit of ['TQ-SD', 'TQ']) {
      const outside = await send('GET', `/campaigns/${running.id}/timeline?unitCode=${unit}`, district).expect(403);
      expect(JSON.stringify(outside.body)).toContain('ngoài phạm vi');
    }
  });

  it('answers the auditors’ reads inside their scope, the approval state read from the campaign’s row', async () => {
    const district = await login('thanhtra.ys');
    const unit = await send('GET', '/units/TQ-YS', district).expect(200);
    expect(unit.body.children.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['TQ-YS-THANGQUAN']));
    for (const { entity } of campaigns.slice(1)) {
      const timeline = await send('GET', `/campaigns/${entity.id}/timeline`, district).expect(200);
      expect(timeline.body).toEqual({ items: [], total: 0 });
      await send('GET', `/campaigns/${entity.id}/timeline.csv?unitCode=TQ-YS`, district).expect(200);
    }
    const districtCampaign = campaigns[2].entity;
    const detail = await send('GET', `/campaigns/${districtCampaign.id}`, district).expect(200);
    expect(detail.body).toMatchObject({ id: districtCampaign.id, issuerUnitCode: 'TQ-YS', approval: null });
    const listed = (await send('GET', '/campaigns', district).expect(200)).body.items.map((c: { id: string }) => c.id);
    expect(listed).toContain(districtCampaign.id);
    // The province's draft is not theirs to see; nor is it listed.
    expect(listed).not.toContain(campaigns[0].entity.id);
  });

  it('documents the audit routes and their filters in the OpenAPI document', async () => {
    const doc = await request(t.app.getHttpServer()).get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/campaigns/{id}/timeline',
        '/campaigns/{id}/timeline.csv',
        '/campaigns/{id}/timeline.html',
        '/campaigns/{id}/verification',
      ]),
    );
    const params = doc.body.paths['/campaigns/{id}/timeline'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['id', 'limit', 'offset', 'unitCode', 'actor', 'action', 'from', 'to']));
  });
});

/** An award dossier (Bằng khen of the province's chairman, from a commune) written straight to the store: no workflow. */
async function insertDossier(t: TestApp, campaign: CampaignEntity, unitCode: string) {
  const directory = new OrgDirectory(t.dataSource);
  const unit = (await directory.findUnit(unitCode))!;
  const chain: UnitRecord[] = [];
  for (const code of unit.path.split('/').filter(Boolean).reverse()) {
    const found = (await directory.findUnit(code))!;
    chain.push({
      code: found.code,
      name: found.name,
      levelCode: found.levelCode,
      kind: found.kind,
      parentCode: found.parentCode,
      issuerCode: found.issuerCode,
    } as UnitRecord);
  }
  const today = new Date().toISOString().slice(0, 10);
  const catalogue = catalogueInForce(SHIPPED_AWARD_CATALOGUES, today)!;
  const entry = catalogueEntry(catalogue, 'bang-khen-chu-tich-ubnd-tinh', today)!;
  const route = computeAwardRoute(entry, catalogue.stepLimits, chain);
  if (isRouteRefusal(route)) throw new Error(route.message);
  const id = randomUUID();
  const [drafter] = await directory.officialsOf(unitCode);
  await new AwardDossierStore(t.dataSource).create({
    id,
    campaignId: campaign.id,
    list: { awardKey: entry.key, nominatingUnitCode: unitCode, year: campaign.year, nominations: [], minutes: undefined } as never,
    route,
    stepUnits: route.steps.map((step) => [step.unitCode]),
    submittedBy: drafter.official.id,
  });
  return { id, nominatingPath: unit.path, route: route.steps.map((step) => step.unitCode) };
}
