import { BENCH_PASSWORD } from '../support/bench-org';

/** Signs in over HTTP as the login page does (POST /auth/login) and returns the access token the app keeps. */
export async function accessToken(baseUrl: string, username: string, password = BENCH_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (response.status !== 200 || !body.accessToken) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(body)}`);
  return body.accessToken;
}
