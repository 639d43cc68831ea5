import { ConfigError } from './env-reader';
import { loadConfig } from './app-config';

const secret = 'x'.repeat(32);

describe('loadConfig', () => {
  it('defaults to an SQLite file under the data folder and the local Temporal dev server', () => {
    const config = loadConfig({ JWT_SECRET: secret, DATA_DIR: '/tmp/tdkt' });
    expect(config.database).toEqual({ type: 'sqlite', path: '/tmp/tdkt/app.sqlite' });
    expect(config.temporal).toEqual({ address: 'localhost:7233', namespace: 'default', taskQueue: 'tdkt-campaigns', tls: null });
    expect(config.port).toBe(3000);
    expect(config.temporalUiUrl).toBe('http://localhost:8233');
  });

  it('links the Temporal Web UI the deployment names, or none', () => {
    expect(loadConfig({ JWT_SECRET: secret, TEMPORAL_UI_URL: 'https://temporal.tdkt.example.vn/ui/' }).temporalUiUrl).toBe(
      'https://temporal.tdkt.example.vn/ui',
    );
    expect(loadConfig({ JWT_SECRET: secret, TEMPORAL_UI_URL: 'none' }).temporalUiUrl).toBeNull();
    expect(() => loadConfig({ JWT_SECRET: secret, TEMPORAL_UI_URL: 'javascript:alert(1)' })).toThrow(/TEMPORAL_UI_URL/);
  });

  it('uses PostgreSQL when DATABASE_URL says so', () => {
    const config = loadConfig({ JWT_SECRET: secret, DATABASE_URL: 'postgres://u:p@db:5432/tdkt' });
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://u:p@db:5432/tdkt', poolSize: 10 });
  });

  it('sizes the PostgreSQL pool from DATABASE_POOL_SIZE, and refuses a size that is not a count of connections', () => {
    const database = { JWT_SECRET: secret, DATABASE_URL: 'postgres://u:p@db:5432/tdkt' };
    expect(loadConfig({ ...database, DATABASE_POOL_SIZE: '30' }).database).toMatchObject({ poolSize: 30 });
    expect(() => loadConfig({ ...database, DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE must be an integer between 1 and 500/);
  });

  it('names every bad variable at once and hides database passwords', () => {
    let error: unknown;
    try {
      loadConfig({ JWT_SECRET: 'short', PORT: '99999', DATABASE_URL: 'mysql://root:hunter2@db/x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['JWT_SECRET', 'PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(message).toContain(name);
    expect(message).not.toContain('hunter2');
  });

  it('keeps access tokens short and limits failed sign-ins: ten per account, fifty per address, a minute each', () => {
    const config = loadConfig({ JWT_SECRET: secret });
    expect(config.jwt.expiresInSeconds).toBe(900);
    expect(config.sessions.refreshExpiresInSeconds).toBe(12 * 3600);
    expect(config.loginThrottle.account).toMatchObject({ maxFailures: 10, windowSeconds: 60, lockoutSeconds: 60, lockoutMaxSeconds: 3600 });
    expect(config.loginThrottle.address.maxFailures).toBe(50);
    expect(() => loadConfig({ JWT_SECRET: secret, LOGIN_LOCKOUT_SECONDS: '600', LOGIN_LOCKOUT_MAX_SECONDS: '60' })).toThrow(
      /LOGIN_LOCKOUT_MAX_SECONDS/,
    );
  });

  it('requires JWT_SECRET', () => {
    expect(() => loadConfig({})).toThrow(/JWT_SECRET is required/);
  });
});
