import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { AppConfig, OidcSettings } from '@tdkt/config';
import { APP_CONFIG } from '../../config/config.module';
import { OidcAttempt } from './oidc-attempt-cookie';
import { OIDC_CALLBACK_PATH } from './oidc-paths';
import { OidcRefusal } from './oidc-refusal';

/** The province's OpenID provider as openid-client sees it: the authorization code flow with PKCE, state and nonce. */
@Injectable()
export class OidcProviderClient {
  private readonly settings: OidcSettings | null;
  private readonly redirectUri: string;
  /** Discovered on first use, not at start: the API starts (and passwords work) while the provider is down. */
  private discovered: Promise<client.Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = config.oidc;
    this.redirectUri = new URL(OIDC_CALLBACK_PATH, config.publicUrl).href;
  }

  /** A new attempt and the provider's address to send the browser to for it. */
  async begin(next: string | undefined): Promise<{ attempt: OidcAttempt; url: URL }> {
    const configuration = await this.configuration();
    const attempt: OidcAttempt = {
      codeVerifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
      next,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
    });
    return { attempt, url };
  }

  /**
   * Exchanges the code and checks the ID token (issuer, audience, expiry, nonce); returns the claims, with the
   * userinfo endpoint's added when the ID token lacks the username claim (providers differ in what they put there).
   */
  async finish(query: string, attempt: OidcAttempt): Promise<Record<string, unknown>> {
    const configuration = await this.configuration();
    const tokens = await client.authorizationCodeGrant(configuration, new URL(`${this.redirectUri}?${query}`), {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const claims: Record<string, unknown> = { ...tokens.claims() };
    if (claims[this.enabled().usernameClaim] === undefined && typeof claims.sub === 'string') {
      Object.assign(claims, await client.fetchUserInfo(configuration, tokens.access_token, claims.sub));
    }
    return claims;
  }

  enabled(): OidcSettings {
    if (!this.settings) throw new Error('Single sign-on is not configured');
    return this.settings;
  }

  private configuration(): Promise<client.Configuration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      // Not cached: the next official's click tries again once the provider is back.
      this.discovered = null;
      throw new OidcRefusal('loi-xac-minh', `discovery failed: ${String(error)}`);
    });
    return this.discovered;
  }

  private discover(): Promise<client.Configuration> {
    const { issuerUrl, clientId, clientSecret } = this.enabled();
    const issuer = new URL(issuerUrl);
    return client.discovery(
      issuer,
      clientId,
      undefined,
      // client_secret_basic is what OpenID Connect assumes when a client registers none; a public client relies on PKCE.
      clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
      // The settings allow plain http only on this machine's loopback (development and tests).
      issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
    );
  }
}
