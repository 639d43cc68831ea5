import type request from 'supertest';
import type { Response } from 'supertest';
import { DEMO_PASSWORD } from '../system-under-test';

/** Whatever serves the api now: one instance, or several behind a balancer. */
export interface ApiAccess {
  http(): ReturnType<typeof request>;
}

/**
 * Demo officials at their keyboards, over HTTP to whichever api instance is running: a token issued
 * before an api restart still works after it, as it does for a real user.
 */
export class Officials {
  private readonly tokens = new Map<string, string>();

  constructor(private readonly harness: ApiAccess) {}

  async get(username: string, path: string): Promise<Response> {
    return this.harness
      .http()
      .get(path)
      .set('Authorization', `Bearer ${await this.token(username)}`);
  }

  async post(username: string, path: string, body: object = {}): Promise<Response> {
    return this.harness
      .http()
      .post(path)
      .set('Authorization', `Bearer ${await this.token(username)}`)
      .send(body);
  }

  private async token(username: string): Promise<string> {
    if (!this.tokens.has(username)) {
      const response = await this.harness.http().post('/auth/login').send({ username, password: DEMO_PASSWORD });
      if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
      this.tokens.set(username, response.body.accessToken);
    }
    return this.tokens.get(username)!;
  }
}
