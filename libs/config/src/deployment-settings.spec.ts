import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, loadWorkerConfig } from './app-config';
import { ConfigError } from './env-reader';

const secret = 'x'.repeat(32);
const problemsOf = (load: () => unknown): string[] => {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('where the API listens and who may call it', () => {
  it('listens on every interface unless HOST narrows it, as npm start does to 127.0.0.1', () => {
    expect(loadConfig({ JWT_SECRET: secret }).host).toBe('0.0.0.0');
    expect(loadConfig({ JWT_SECRET: secret, HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(problemsOf(() => loadConfig({ JWT_SECRET: secret, HOST: 'localhost/api' }))).toEqual([expect.stringContaining('HOST')]);
  });

  it('sends no CORS headers by default, and allows exactly the origins CORS_ORIGINS lists', () => {
    expect(loadConfig({ JWT_SECRET: secret }).corsOrigins).toEqual([]);
    expect(loadConfig({ JWT_SECRET: secret, CORS_ORIGINS: 'https://cong.tinh.gov.vn, http://localhost:5173' }).corsOrigins).toEqual([
      'https://cong.tinh.gov.vn',
      'http://localhost:5173',
    ]);
  });

  it('refuses wildcards, paths and trailing slashes in CORS_ORIGINS, naming each', () => {
    const problems = problemsOf(() => loadConfig({ JWT_SECRET: secret, CORS_ORIGINS: '*,https://a.gov.vn/,https://b.gov.vn/app' }));
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(problem).toMatch(/^CORS_ORIGINS/);
  });
});

describe('loadWorkerConfig', () => {
  it('starts without JWT_SECRET and holds none when given one', () => {
    const config = loadWorkerConfig({ DATA_DIR: '/tmp/tdkt', JWT_SECRET: secret });
    expect(config.database).toEqual({ type: 'sqlite', path: '/tmp/tdkt/app.sqlite' });
    expect(config.temporal).toMatchObject({ address: 'localhost:7233', namespace: 'default', taskQueue: 'tdkt-campaigns', tls: null });
    expect(JSON.stringify(config)).not.toContain(secret);
    expect(config).not.toHaveProperty('jwt');
  });

  it('names a bad SMTP_URL without showing the relay password', () => {
    const problems = problemsOf(() => loadWorkerConfig({ SMTP_URL: 'http://user:hunter2@relay' }));
    expect(problems).toEqual([expect.stringContaining('SMTP_URL')]);
    expect(problems.join()).not.toContain('hunter2');
  });
});

describe('TLS to Temporal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-tls-'));
  const file = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, '-----BEGIN CERTIFICATE-----\n');
    return path;
  };

  it('is off by default, on with TEMPORAL_TLS=true alone (system CAs)', () => {
    expect(loadWorkerConfig({}).temporal.tls).toBeNull();
    expect(loadWorkerConfig({ TEMPORAL_TLS: 'true' }).temporal.tls).toEqual({});
  });

  it('takes a server CA, a client certificate and key for mTLS, and a server name', () => {
    const [ca, cert, key] = [file('ca.pem'), file('client.pem'), file('client.key')];
    const tls = loadWorkerConfig({
      TEMPORAL_TLS_CA_PATH: ca,
      TEMPORAL_TLS_CERT_PATH: cert,
      TEMPORAL_TLS_KEY_PATH: key,
      TEMPORAL_TLS_SERVER_NAME: 'temporal.tdkt.internal',
    }).temporal.tls;
    expect(tls).toEqual({ serverCaPath: ca, clientCertPath: cert, clientKeyPath: key, serverName: 'temporal.tdkt.internal' });
  });

  it('names a missing file and a certificate without its key, all at once, for the API too', () => {
    const problems = problemsOf(() =>
      loadConfig({ JWT_SECRET: secret, TEMPORAL_TLS_CA_PATH: join(dir, 'missing.pem'), TEMPORAL_TLS_CERT_PATH: file('lonely.pem') }),
    );
    expect(problems).toEqual([
      expect.stringContaining('TEMPORAL_TLS_CA_PATH'),
      expect.stringContaining('TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH'),
    ]);
  });
});
