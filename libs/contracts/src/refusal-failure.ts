import { ApplicationFailure } from '@temporalio/common';
import type { Refusal, RefusalKind } from '@tdkt/domain';

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

/** What a refusal failure carries besides its Vietnamese message: the rule's English, when it has one. */
export interface RefusalFailureDetails {
  en?: string;
}

/**
 * The failure a workflow throws to refuse a human action: the Vietnamese message as the failure's message, the English
 * in its details, so the API answers in the language the official asked for.
 */
export function refusalFailure(refusal: Refusal): ApplicationFailure {
  const details: RefusalFailureDetails[] = refusal.en ? [{ en: refusal.en }] : [];
  return ApplicationFailure.create({ type: REFUSAL_FAILURE_TYPES[refusal.kind], message: refusal.message, details, nonRetryable: true });
}

/** The English a refusal failure carries, if any (read back by the API's problem filter). */
export function refusalEnglishOf(failure: ApplicationFailure): string | undefined {
  const first = failure.details?.[0] as RefusalFailureDetails | undefined;
  return typeof first?.en === 'string' ? first.en : undefined;
}
