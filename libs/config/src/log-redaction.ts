/**
 * What must never reach a log line: passwords, tokens, the Authorization header, the JWT secret, the SMTP URL (which
 * holds the relay's password). pino replaces these fields wherever a line carries them, at the top or one or two levels
 * down (a request's headers, a body logged by mistake, a config object).
 */
const SECRET_FIELDS = [
  'password',
  'currentPassword',
  'newPassword',
  'oneTimePassword',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'Authorization',
  'cookie',
  'secret',
  'jwtSecret',
  'clientSecret',
  'smtpUrl',
  'smtpPassword',
  'SMTP_URL',
  'JWT_SECRET',
];

export const REDACTED = '[redacted]';

export const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

/**
 * Query parameters whose value is a secret, as a link might carry them (?token=…), and the single sign-on callback's
 * authorization code (a unit's code is a path parameter or `unitCode`, never a bare `code` in a query).
 */
const SECRET_QUERY = new RegExp(`([?&](?:${[...SECRET_FIELDS, 'code'].join('|')})=)[^&#]*`, 'gi');

/** The path as logged: its query's secret values replaced. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY, `$1${REDACTED}`);
}
