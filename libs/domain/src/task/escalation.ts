import type { Role } from '../org/roles';
import type { Candidates } from './human-task.types';

const LEADERS: Role[] = ['leader'];
const LEADERSHIP: Role[] = ['leader', 'deputy_leader'];

/**
 * Whom a task goes to when its candidates let it run past due: the head of the same body when only
 * deputies or staff could act (a deputy's unsigned plan goes to the chairman), otherwise the leadership
 * of the body above (a unit leader's unapproved report goes to the district).
 */
export function escalationTarget(candidates: Candidates, parentUnitCode: string | null): Candidates | null {
  if (!candidates.roles.includes('leader')) return { unitCode: candidates.unitCode, roles: LEADERS };
  return parentUnitCode && parentUnitCode !== candidates.unitCode ? { unitCode: parentUnitCode, roles: LEADERSHIP } : null;
}
