import createClient, { type Middleware } from 'openapi-fetch';
import { storedLanguage } from '../i18n/stored-language';
import { refreshSession } from '../session/refresh-session';
import { sessionStore } from '../session/session-store';
import type { paths } from './schema';

// Every call carries the access token. It lives 15 minutes: a 401 renews it once with the refresh token and sends the
// request again; only when that fails does the session end, which sends the official to the login page
// (RequireSession) and back here afterwards. Not for signing in and refreshing themselves: their 401 is the answer.
const unsent = new Map<string, () => Request>();
const SIGN_IN_PATHS: ReadonlySet<string> = new Set(['/auth/login', '/auth/refresh']);
const renewable = (request: Request) => !SIGN_IN_PATHS.has(new URL(request.url).pathname);

const authentication: Middleware = {
  async onRequest({ request, id }) {
    // The API writes its refusals (problem details) in the language the official reads the app in.
    request.headers.set('Accept-Language', storedLanguage());
    const token = sessionStore.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    if (!renewable(request)) return request;
    // The body is read into memory once, so the request sent now and the one sent again after a refresh both carry it
    // as plain bytes (a cloned Request would share one stream between them, and the browser would send a stream).
    const body = request.body ? await request.arrayBuffer() : undefined;
    const rebuilt = () => new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
    unsent.set(id, rebuilt);
    return rebuilt();
  },
  async onResponse({ response, id }) {
    const rebuild = unsent.get(id);
    unsent.delete(id);
    if (response.status !== 401 || !rebuild) return response;
    if (await refreshSession()) {
      const again = rebuild();
      again.headers.set('Authorization', `Bearer ${sessionStore.token()}`);
      const answer = await fetch(again);
      if (answer.status !== 401) return answer;
    }
    sessionStore.end('expired');
    return response;
  },
  onError({ id }) {
    unsent.delete(id);
  },
};

/** The API's typed client, generated from its OpenAPI document (npm run api:client). Same origin: the API serves this app. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(authentication);

/** An API answer that is not a success, for react-query's error state. */
export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`API ${status}`);
  }
}

/** The data of a successful answer, or an ApiError: react-query's queryFn contract. */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined || result.error !== undefined) throw new ApiError(result.response.status);
  return result.data;
}
