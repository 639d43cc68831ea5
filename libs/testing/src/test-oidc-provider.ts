import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Configuration } from 'oidc-provider';

/** Who can sign in at the test provider, by the login typed on its form; the username claim is what our directory knows. */
export const TEST_OIDC_ACCOUNTS: Record<string, { preferred_username: string; name: string }> = {
  // Officials of the demo province (libs/persistence/src/seed/demo-province.json).
  'lanhdao.tinh': { preferred_username: 'lanhdao.tinh', name: 'Hoàng Minh Đức' },
  'chuyenvien.tinh': { preferred_username: 'chuyenvien.tinh', name: 'Chuyên viên tỉnh' },
  // Known to the province, unknown to our directory: refused, never created.
  'nguoi.ngoai': { preferred_username: 'nguoi.ngoai', name: 'Người ngoài danh bạ' },
};

export interface TestOidcProvider {
  /** http://127.0.0.1:PORT, ready for OIDC_ISSUER_URL. */
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/** The API's settings that turn single sign-on on against this provider, for an API reached at `publicUrl`. */
export function ssoSettings(provider: TestOidcProvider, publicUrl: string, label: string): Record<string, string> {
  return {
    PUBLIC_URL: publicUrl,
    OIDC_ISSUER_URL: provider.issuerUrl,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_LABEL: label,
  };
}

/**
 * A real, certified OpenID provider (panva's oidc-provider) on a free local port, with one confidential client whose
 * only redirect URI is `redirectUri`. Its development login form takes any password for a login of
 * TEST_OIDC_ACCOUNTS, then asks for consent, as a province's provider would on a first sign-in.
 */
export async function startTestOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  // Loaded only here: importing the test helpers for anything else does not start the provider's machinery.
  const { default: Provider } = await import('oidc-provider');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const issuerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'thi-dua-khen-thuong';
  const clientSecret = 'test-client-secret-that-is-long-enough';
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    cookies: { keys: ['test-oidc-provider-cookie-key'] },
    // Set, rather than left to the defaults the provider warns about on every use.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, id) => {
      const account = TEST_OIDC_ACCOUNTS[id];
      return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
    },
  };
  const provider = new Provider(issuerUrl, configuration);
  server.on('request', provider.callback());
  return {
    issuerUrl,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser keeps its connections open; the provider is stopped all the same.
        server.closeAllConnections();
      }),
  };
}
