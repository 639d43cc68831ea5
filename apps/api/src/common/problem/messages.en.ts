import { MESSAGES_VI, type MessageCode } from './messages.vi';

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** What an English answer says before a message that has no English yet, followed by the Vietnamese. */
export const NO_ENGLISH_YET = 'This message has no English translation yet; in Vietnamese:';

type Catalogue = { [C in MessageCode]: (typeof MESSAGES_VI)[C] };

/** English for every code of messages.vi.ts: the compiler refuses a code left without it. */
export const MESSAGES_EN: Catalogue = {
  'auth.token-missing': () => 'Sign-in required: the access token is missing (Authorization: Bearer …).',
  'auth.token-invalid': () => 'The access token is not valid or has expired; please sign in again.',
  'auth.session-ended': () => 'This session has ended (signed out, password changed or revoked); please sign in again.',
  'auth.account-inactive': () => 'This account is no longer active.',
  'auth.wrong-credentials': () => 'The username or password is not correct.',
  'auth.refresh-reused': () =>
    'This refresh token was already used and may have been copied; to be safe, the session has been revoked. Please sign in again.',
  'auth.refresh-expired': () => 'The session has expired or ended; please sign in again.',
  'auth.password-change-first': () =>
    'You are using a password given by an administrator: change it ("Change password") before using anything else.',
  'auth.roles-required': (p) => `This is for: ${p.rolesEn}.`,
  'auth.read-only': () => 'Inspector and auditor accounts may only read; they cannot change data.',
  'auth.sso-disabled': () => 'Single sign-on (SSO) is not enabled; please sign in with your password.',
  'throttle.locked': (p) =>
    `${
      p.scope === 'account'
        ? 'Too many wrong passwords were entered for this account, so signing in to it is locked for a while.'
        : 'Too many failed sign-ins came from your network address, so signing in from it is blocked for a while.'
    } Please try again in ${
      p.retryAfterSeconds < 60 ? plural(p.retryAfterSeconds, 'second') : plural(Math.ceil(p.retryAfterSeconds / 60), 'minute')
    } (at ${p.lockedUntilEn}, Vietnam time). If you forgot your password, ask your unit's administrator to reset it.`,
  'body.too-large': (p) =>
    `The request body is too large: this request accepts at most ${p.limit}. Shorten it or send it in several parts.`,
  'body.not-json': () => 'The request body is not valid JSON: check its brackets, commas and quotes.',
  'body.charset': () => 'The request body uses an unsupported character set: send it as UTF-8.',
  'body.aborted': () => 'The request body was interrupted or incomplete: please send it again.',
  'path.invalid': (p) =>
    `The path ${p.name ? `parameter "${p.name}"` : 'parameter'} is not valid ("${p.value}"): ${p.expectedEn}.` +
    (p.hint ? ' Open the page again from its list instead of editing the address by hand.' : ''),
  'route.not-found': (p) => `There is no ${p.method} ${p.path} on this server; check the address.`,
  'workflow.not-found': () => 'No matching workflow was found (it has ended or has not started).',
  'workflow.unavailable': () =>
    'The workflow service (Temporal) cannot be reached right now; nothing was recorded. Please try again in a few minutes.',
  unavailable: () => 'The system is not ready (the database or Temporal does not answer); please try again in a few minutes.',
  internal: () =>
    'The action failed because of a system error; please try again. If it happens again, tell your administrator and quote the request id (requestId).',
  'validation.summary': (p) => `The request has ${plural(p.count, 'problem')} to fix: ${p.listEn}`,
};
