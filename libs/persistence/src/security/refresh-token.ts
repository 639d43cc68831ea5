import { createHash, randomBytes } from 'node:crypto';

/**
 * A refresh token is "<session id>.<random secret>": the id finds the session, so a secret that does not match the
 * session's current one is recognised as an old (rotated) token being replayed, not merely an unknown one.
 */
export function newRefreshToken(sessionId: string): { token: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${sessionId}.${secret}`, secretHash: hashRefreshSecret(secret) };
}

export function parseRefreshToken(token: string): { sessionId: string; secretHash: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { sessionId: match[1], secretHash: hashRefreshSecret(match[2]) } : null;
}

function hashRefreshSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
