/**
 * Why a human action was refused. The kinds map one-to-one onto HTTP statuses at the API edge
 * (forbidden → 403, conflict → 409, invalid → 400); the message is shown to the official as is, in Vietnamese, or
 * `en` when the official asked for English (Accept-Language). A rule without `en` is answered in Vietnamese with a
 * sentence saying that no English exists yet.
 */
export type RefusalKind = 'forbidden' | 'conflict' | 'invalid';

export interface Refusal {
  kind: RefusalKind;
  message: string;
  en?: string;
}

export const refuse = (kind: RefusalKind, message: string, en?: string): Refusal =>
  en === undefined ? { kind, message } : { kind, message, en };
