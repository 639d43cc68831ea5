import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { validateOrgImport } from '@tdkt/domain';
import { OrgDirectory } from '@tdkt/persistence';

export const DEMO_ORG_FILE = join(__dirname, '..', 'seed', 'demo-province.json');

/** Imports the demo province into an empty directory; a directory that already has units is left alone. */
export async function seedDemoOrg(dataSource: DataSource): Promise<'seeded' | 'kept'> {
  const directory = new OrgDirectory(dataSource);
  const existing = await directory.existingKeys();
  if (existing.unitCodes.size) return 'kept';
  const result = validateOrgImport(JSON.parse(readFileSync(DEMO_ORG_FILE, 'utf8')), existing);
  if (!result.ok) throw new Error(`The demo seed is invalid:\n${result.errors.map((e) => `  ${e.section}#${e.row} ${e.field ?? ''}: ${e.message}`).join('\n')}`);
  await directory.applyImport(result.value);
  return 'seeded';
}

/** The demo logins printed at start, leader of the top unit first (as the README lists them). */
export function demoLogins(): { username: string; password: string; unitCode: string; roles: string[] }[] {
  const seed = JSON.parse(readFileSync(DEMO_ORG_FILE, 'utf8'));
  return seed.officials.map((o: { username: string; password: string; unitCode: string; roles: string[] }) => ({
    username: o.username, password: o.password, unitCode: o.unitCode, roles: o.roles,
  }));
}
