import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '../session/session-store';
import type { paths } from './schema';

// Every call carries the token; a 401 from anything but the login itself ends the session, which sends
// the official to the login page (RequireSession) and back here afterwards.
const authentication: Middleware = {
  onRequest({ request }) {
    const token = sessionStore.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/auth/')) sessionStore.end('expired');
    return response;
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
