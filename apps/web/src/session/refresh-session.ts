import { type SessionTokens, sessionStore } from './session-store';

let pending: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for new tokens; true when the session lives on. One exchange at a time: requests that
 * fail together wait for the same one, because a refresh token works once and a second use would end the session.
 * Plain fetch, not the typed client: its 401 handling would call back here.
 */
export function refreshSession(): Promise<boolean> {
  pending ??= exchange().finally(() => {
    pending = null;
  });
  return pending;
}

async function exchange(): Promise<boolean> {
  const refreshToken = sessionStore.refreshToken();
  if (!refreshToken) return false;
  try {
    const response = await fetch('/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    if (!response.ok) return false;
    sessionStore.renew((await response.json()) as SessionTokens);
    return true;
  } catch {
    return false;
  }
}
