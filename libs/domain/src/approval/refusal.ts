/**
 * Why a human action was refused. The kinds map one-to-one onto HTTP statuses at the API edge
 * (forbidden → 403, conflict → 409, invalid → 400); the message is shown to the official as is.
 */
export type RefusalKind = 'forbidden' | 'conflict' | 'invalid';

export interface Refusal {
  kind: RefusalKind;
  message: string;
}

export const refuse = (kind: RefusalKind, message: string): Refusal => ({ kind, message });
