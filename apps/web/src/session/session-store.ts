// The access token and its refresh token, kept in sessionStorage: they survive a reload but not closing the tab, and
// are not shared with other tabs. Components follow the access token through useSyncExternalStore (see use-session.ts).

import { MUST_CHANGE_PASSWORD_KEY, REFRESH_TOKEN_KEY, TOKEN_KEY } from './storage-keys';

type Listener = () => void;
const listeners = new Set<Listener>();

export type SessionEnd = 'logout' | 'expired';
let lastEnd: SessionEnd | null = null;

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Known at sign-in, before /me answers: the app asks for nothing the API would refuse until the password is changed. */
  mustChangePassword?: boolean;
}

export const sessionStore = {
  token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  refreshToken(): string | null {
    return sessionStorage.getItem(REFRESH_TOKEN_KEY);
  },
  mustChangePassword(): boolean {
    return sessionStorage.getItem(MUST_CHANGE_PASSWORD_KEY) === 'true';
  },
  signIn(tokens: SessionTokens): void {
    store(tokens);
    lastEnd = null;
    notify();
  },
  /** New tokens for the same session (a refresh, a password change): the official stays where they are. */
  renew(tokens: SessionTokens): void {
    store(tokens);
    notify();
  },
  /** 'expired' when the API answered 401: the login page then says so and brings the official back. */
  end(reason: SessionEnd): void {
    if (!sessionStorage.getItem(TOKEN_KEY)) return;
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(REFRESH_TOKEN_KEY);
    sessionStorage.removeItem(MUST_CHANGE_PASSWORD_KEY);
    lastEnd = reason;
    notify();
  },
  lastEnd(): SessionEnd | null {
    return lastEnd;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function store({ accessToken, refreshToken, mustChangePassword }: SessionTokens): void {
  sessionStorage.setItem(TOKEN_KEY, accessToken);
  sessionStorage.setItem(REFRESH_TOKEN_KEY, refreshToken);
  if (mustChangePassword) sessionStorage.setItem(MUST_CHANGE_PASSWORD_KEY, 'true');
  else sessionStorage.removeItem(MUST_CHANGE_PASSWORD_KEY);
}

function notify(): void {
  listeners.forEach((listener) => listener());
}
