import type { OfficialWithRoles } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from './current-official';

export function toCurrentOfficial({ official, unit, roles }: OfficialWithRoles): CurrentOfficialInfo {
  return {
    actor: { officialId: official.id, username: official.username, unitCode: unit.code, unitPath: unit.path, roles },
    fullName: official.fullName,
    email: official.email,
    title: official.title,
    unit: { code: unit.code, name: unit.name, levelCode: unit.levelCode, kind: unit.kind },
    mustChangePassword: official.mustChangePassword,
  };
}
