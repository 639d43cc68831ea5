import type { ActivityDeps } from './activity-deps';

export type { ActivityDeps } from './activity-deps';

/**
 * All activities the worker registers, each built by a factory from its dependencies.
 * The campaign lifecycle adds projections, notifications and numbering here.
 */
export function createActivities(_deps: ActivityDeps) {
  return {};
}
