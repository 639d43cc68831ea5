import { randomUUID } from 'node:crypto';

export interface Timed<T> {
  status: number;
  body: T;
  ms: number;
}

/** An official at the keyboard, over real HTTP: every call authenticated, every action with a fresh request id. */
export class HttpOfficial {
  private constructor(
    private readonly baseUrl: string,
    readonly username: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<HttpOfficial> {
    const response = await call<{ accessToken: string }>(baseUrl, 'POST', '/auth/login', undefined, { username, password });
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    return new HttpOfficial(baseUrl, username, response.body.accessToken);
  }

  get<T = Record<string, unknown>>(path: string): Promise<Timed<T>> {
    return call<T>(this.baseUrl, 'GET', path, this.token);
  }

  /** An action (an Update behind the api) with a new request id. */
  act<T = Record<string, unknown>>(path: string, body: object): Promise<Timed<T>> {
    return call<T>(this.baseUrl, 'POST', path, this.token, { requestId: randomUUID(), ...body });
  }

  post<T = Record<string, unknown>>(path: string, body: object): Promise<Timed<T>> {
    return call<T>(this.baseUrl, 'POST', path, this.token, body);
  }
}

async function call<T>(baseUrl: string, method: string, path: string, token?: string, body?: object): Promise<Timed<T>> {
  const started = performance.now();
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, ms: performance.now() - started };
}

/** Fails loudly on anything but the expected status, with the api's own message. */
export function expectStatus<T>(what: string, response: Timed<T>, status: number): Timed<T> {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}
