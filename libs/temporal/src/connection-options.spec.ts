import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporalConnectionOptions } from './connection-options';

describe('temporalConnectionOptions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-tls-'));
  const pem = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('connects in plain gRPC when no TLS is configured, as to the dev server', () => {
    expect(temporalConnectionOptions({ address: 'localhost:7233', tls: null })).toEqual({ address: 'localhost:7233' });
  });

  it('reads the CA, the client certificate and key for mTLS, and names the server', () => {
    const options = temporalConnectionOptions({
      address: 'temporal.internal:7233',
      tls: {
        serverCaPath: pem('ca.pem', 'CA'),
        clientCertPath: pem('client.pem', 'CERT'),
        clientKeyPath: pem('client.key', 'KEY'),
        serverName: 'temporal.tdkt.internal',
      },
    });
    expect(options.address).toBe('temporal.internal:7233');
    expect(options.tls?.serverNameOverride).toBe('temporal.tdkt.internal');
    expect(String(options.tls?.serverRootCACertificate)).toBe('CA');
    expect(String(options.tls?.clientCertPair?.crt)).toBe('CERT');
    expect(String(options.tls?.clientCertPair?.key)).toBe('KEY');
  });

  it('uses TLS with the system’s CAs when only switched on', () => {
    expect(temporalConnectionOptions({ address: 'cloud.example:7233', tls: {} })).toEqual({ address: 'cloud.example:7233', tls: {} });
  });
});
