import type { Me } from '../../api/queries';

// The API lets a leader, a deputy, an auditor or an administrator read the units below their own; anyone else reads
// only their own unit. The page follows the same rule so it never asks for what it would be refused (a 403 is an
// error in the console and an empty box for the official): it shows the unit's code instead.
const REACHES_BELOW: ReadonlySet<string> = new Set(['leader', 'deputy_leader', 'auditor', 'admin']);

export function readsBelow(me: Pick<Me, 'roles'>): boolean {
  return me.roles.some((role) => REACHES_BELOW.has(role.code));
}

/**
 * Whether the official may read a unit's details, its criteria and its history. `unitPath` ("/TQ/TQ-YS/…/", from
 * the unit's obligations) settles whether it is below the official's unit; without it, a unit reached by walking
 * down the official's own tree is.
 */
export function mayReadUnit(me: Pick<Me, 'roles' | 'unit'>, unitCode: string, unitPath?: string): boolean {
  if (unitCode === me.unit.code) return true;
  if (!readsBelow(me)) return false;
  return unitPath === undefined || unitPath.includes(`/${me.unit.code}/`);
}
