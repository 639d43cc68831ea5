// The access token, kept in sessionStorage: it survives a reload but not closing the tab, and is not
// shared with other tabs. Components follow it through useSyncExternalStore (see use-session.ts).

import { TOKEN_KEY } from './storage-keys';

type Listener = () => void;
const listeners = new Set<Listener>();

export type SessionEnd = 'logout' | 'expired';
let lastEnd: SessionEnd | null = null;

export const sessionStore = {
  token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  signIn(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
    lastEnd = null;
    notify();
  },
  /** 'expired' when the API answered 401: the login page then says so and brings the official back. */
  end(reason: SessionEnd): void {
    if (!sessionStorage.getItem(TOKEN_KEY)) return;
    sessionStorage.removeItem(TOKEN_KEY);
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

function notify(): void {
  listeners.forEach((listener) => listener());
}
