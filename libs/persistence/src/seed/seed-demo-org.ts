import { DataSource } from 'typeorm';
import { OrgImport, validateOrgImport } from '@tdkt/domain';
import { OrgDirectory } from '../org/org-directory';
import demoProvince from './demo-province.json';

/** A demo province (Tuyên Quang, three tiers as in the seed plans) with an official in every role. */
export const DEMO_ORG = demoProvince as unknown as OrgImport;

/** Imports the demo province into an empty directory; a directory that already has units is left alone. */
export async function seedDemoOrg(dataSource: DataSource): Promise<'seeded' | 'kept'> {
  const directory = new OrgDirectory(dataSource);
  const existing = await directory.existingKeys();
  if (existing.unitCodes.size) return 'kept';
  const result = validateOrgImport(DEMO_ORG, existing);
  if (!result.ok)
    throw new Error(
      `The demo seed is invalid:\n${result.errors.map((e) => `  ${e.section}#${e.row} ${e.field ?? ''}: ${e.message}`).join('\n')}`,
    );
  await directory.applyImport(result.value);
  return 'seeded';
}

/** The demo logins printed at start, leader of the top unit first (as the README lists them). */
export function demoLogins(): { username: string; password: string; unitCode: string; roles: string[] }[] {
  return DEMO_ORG.officials.map((o) => ({ username: o.username, password: o.password, unitCode: o.unitCode, roles: o.roles }));
}
