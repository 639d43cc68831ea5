import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { PlanDefinition } from '@tdkt/domain';
import { CampaignEntity, CampaignRepository, OrgDirectory } from '@tdkt/persistence';
import example from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import type { TestApp } from '../test-app';

export const DEMO_PASSWORD = 'ThiDua@2026!';

/** Logs in once per username and reuses the token for the rest of the suite. */
export function loginCache(t: () => TestApp): (username: string) => Promise<string> {
  const tokens = new Map<string, string>();
  return async (username) => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const response = await request(t().app.getHttpServer()).post('/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
    tokens.set(username, response.body.accessToken);
    return response.body.accessToken as string;
  };
}

/** A campaign row written straight to the test database (no workflow), drafted by an official of the issuer: enough for every read route. */
export async function insertCampaign(t: TestApp, issuerUnitCode: string, title: string): Promise<CampaignEntity> {
  const template = structuredClone(example) as unknown as PlanDefinition;
  const plan: PlanDefinition = { ...template, title, issuer: { ...template.issuer, unitCode: issuerUnitCode } };
  const [drafter] = await new OrgDirectory(t.dataSource).officialsOf(issuerUnitCode);
  if (!drafter) throw new Error(`The demo seed has no official in ${issuerUnitCode}`);
  return new CampaignRepository(t.dataSource).create({ id: randomUUID(), plan, createdBy: drafter.official.id });
}
