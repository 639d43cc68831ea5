import type { ActorRef } from '../approval/approval.types';
import type { Role } from '../org/roles';

/** The role an official acted in: the first of theirs that the step accepts (an official may hold several). */
export function actingRole(actor: ActorRef, accepted: readonly Role[]): Role | null {
  return actor.roles.find((role) => accepted.includes(role)) ?? null;
}
