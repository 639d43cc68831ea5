import { useSyncExternalStore } from 'react';
import { sessionStore } from './session-store';

/** The current access token, or null when signed out; re-renders when it changes. */
export function useAccessToken(): string | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.token);
}
