import { Role, roleReachesDescendants } from './roles';
import { isSameOrDescendant } from './unit-path';

/** What the system knows about the official making a request: enough to decide scope without I/O. */
export interface Actor {
  officialId: string;
  username: string;
  unitCode: string;
  unitPath: string;
  roles: readonly Role[];
}

/**
 * May `actor` act on a unit at `targetPath`, holding one of `allowedRoles` (any role when empty)?
 * A role applies to the actor's own unit and, for overseeing roles, to the units below it.
 */
export function canActOnUnit(actor: Actor, targetPath: string, allowedRoles: readonly Role[] = []): boolean {
  const candidateRoles = allowedRoles.length ? actor.roles.filter((r) => allowedRoles.includes(r)) : actor.roles;
  return candidateRoles.some((role) =>
    targetPath === actor.unitPath ? true : roleReachesDescendants(role) && isSameOrDescendant(targetPath, actor.unitPath),
  );
}
