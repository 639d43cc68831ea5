import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@tdkt/config';
import { OrgDirectory } from '@tdkt/persistence';
import { APP_CONFIG } from '../../config/config.module';
import { normalizeUsername } from '../auth.service';
import { SessionIssuer } from '../sessions/session-issuer.service';
import { OidcAttempt, OidcAttemptSealer } from './oidc-attempt-cookie';
import { OidcProviderClient } from './oidc-provider-client';
import { OidcRefusal } from './oidc-refusal';

/** What the callback's query carries; anything else the provider adds is ignored. */
export interface OidcCallbackQuery {
  state?: string;
  error?: string;
  /** The query string exactly as received, which openid-client parses again to check it. */
  raw: string;
}

/**
 * Single sign-on: the province's provider says who the person is; our own directory still decides whether they may
 * sign in here, and with which unit and roles. Nobody is created or changed from what the provider sends.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OidcSignIn');
  private readonly sealer: OidcAttemptSealer;

  constructor(
    private readonly provider: OidcProviderClient,
    private readonly directory: OrgDirectory,
    private readonly issuer: SessionIssuer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sealer = new OidcAttemptSealer(config.jwt.secret);
  }

  /** The provider's address and the sealed attempt the browser keeps until the callback. */
  async start(next: string | undefined): Promise<{ providerUrl: string; sealedAttempt: string }> {
    const { attempt, url } = await this.provider.begin(next);
    return { providerUrl: url.href, sealedAttempt: this.sealer.seal(attempt) };
  }

  openAttempt(sealed: string | undefined): OidcAttempt | null {
    return this.sealer.open(sealed);
  }

  /** The refresh token of a new session for the official the provider signed in; OidcRefusal when there is none. */
  async finish(query: OidcCallbackQuery, attempt: OidcAttempt | null): Promise<string> {
    if (!attempt) throw new OidcRefusal('het-han', 'no unexpired attempt cookie');
    if (query.state !== attempt.state) throw new OidcRefusal('khong-khop', 'state differs from the attempt cookie');
    if (query.error) throw new OidcRefusal('tu-choi', `provider answered ${query.error}`);

    const claims = await this.provider.finish(query.raw, attempt).catch((error: unknown) => {
      this.logger.warn(`Single sign-on could not be verified with the provider: ${String(error)}`);
      throw new OidcRefusal('loi-xac-minh', String(error));
    });
    const claimed = claims[this.provider.enabled().usernameClaim];
    if (typeof claimed !== 'string' || !claimed.trim()) throw new OidcRefusal('thieu-ten', 'no username claim');

    const username = normalizeUsername(claimed);
    const found = await this.directory.findOfficial({ username });
    if (!found) throw new OidcRefusal('chua-co-tai-khoan', `no official ${username}`);
    if (!found.official.active) throw new OidcRefusal('tai-khoan-ngung', `official ${username} is inactive`);
    // The same session as a password sign-in opens (and records): refresh, sign-out and expiry work alike.
    const tokens = await this.issuer.open(found.official);
    this.logger.log(`Official ${username} signed in through single sign-on`);
    return tokens.refreshToken;
  }
}
