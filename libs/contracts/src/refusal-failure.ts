import type { RefusalKind } from '@tdkt/domain';

/**
 * ApplicationFailure types a workflow uses to refuse a human action; the API maps them to HTTP statuses.
 * Kept here so both sides name them the same way.
 */
export const REFUSAL_FAILURE_TYPES: Record<RefusalKind, string> = {
  forbidden: 'RefusedForbidden',
  conflict: 'RefusedConflict',
  invalid: 'RefusedInvalid',
};

export function refusalKindOf(failureType: string | undefined): RefusalKind | undefined {
  return (Object.entries(REFUSAL_FAILURE_TYPES) as [RefusalKind, string][]).find(([, type]) => type === failureType)?.[0];
}
