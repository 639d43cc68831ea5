import { Controller, Get, Inject, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig, DEFAULT_OIDC_LABEL } from '@tdkt/config';
import { APP_CONFIG } from '../../config/config.module';
import { Public } from '../public.decorator';
import { OIDC_ATTEMPT_COOKIE, OIDC_ATTEMPT_LIFETIME_SECONDS } from './oidc-attempt-cookie';
import { OIDC_CALLBACK_PATH, safeNextPath, WEB_LOGIN_PATH, WEB_SSO_LANDING_PATH } from './oidc-paths';
import { OidcRefusal } from './oidc-refusal';
import { OidcSignInService } from './oidc-sign-in.service';
import { OidcStatusView } from './oidc-status.view';
import { readCookie } from './read-cookie';
import { said } from '../../common/problem/said';

@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  /**
   * Sent only to the callback; Lax, because the provider brings the browser back with a top-level GET from its own
   * site; HttpOnly, because no script of ours needs it.
   */
  private readonly attemptCookie: CookieOptions;

  constructor(
    private readonly signIn: OidcSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.attemptCookie = { path: OIDC_CALLBACK_PATH, httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:') };
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether the login page offers single sign-on through the province’s provider, and its button text' })
  @ApiOkResponse({ type: OidcStatusView })
  status(): OidcStatusView {
    return { enabled: this.config.oidc !== null, label: this.config.oidc?.label ?? DEFAULT_OIDC_LABEL };
  }

  @Public()
  @Get('start')
  @ApiOperation({ summary: 'Send the browser to the province’s provider to sign in (authorization code flow with PKCE)' })
  @ApiQuery({ name: 'next', required: false, description: 'The web app’s path to return to after signing in' })
  @ApiFoundResponse({ description: 'To the provider; a short-lived cookie keeps what the callback checks' })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured' })
  async start(@Query('next') next: unknown, @Res() response: Response): Promise<void> {
    this.requireEnabled();
    try {
      const { providerUrl, sealedAttempt } = await this.signIn.start(safeNextPath(next));
      response.cookie(OIDC_ATTEMPT_COOKIE, sealedAttempt, { ...this.attemptCookie, maxAge: OIDC_ATTEMPT_LIFETIME_SECONDS * 1000 });
      response.redirect(302, providerUrl);
    } catch (error) {
      this.refuse(response, error, safeNextPath(next));
    }
  }

  @Public()
  @Get('callback')
  @ApiOperation({ summary: 'Where the provider sends the browser back; opens a session for the official it signed in' })
  @ApiFoundResponse({
    description: 'To /dang-nhap/sso#refresh=<refresh token> (a fragment: never sent to a server), or to /dang-nhap?sso=loi&ly-do=<reason>',
  })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.requireEnabled();
    const attempt = this.signIn.openAttempt(readCookie(request, OIDC_ATTEMPT_COOKIE));
    // One attempt, one callback: a replayed or reloaded callback finds no cookie.
    response.clearCookie(OIDC_ATTEMPT_COOKIE, this.attemptCookie);
    const raw = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?') + 1) : '';
    const params = new URLSearchParams(raw);
    try {
      const refreshToken = await this.signIn.finish(
        { state: params.get('state') ?? undefined, error: params.get('error') ?? undefined, raw },
        attempt,
      );
      const next = attempt?.next ? `?next=${encodeURIComponent(attempt.next)}` : '';
      response.redirect(302, `${WEB_SSO_LANDING_PATH}${next}#refresh=${encodeURIComponent(refreshToken)}`);
    } catch (error) {
      this.refuse(response, error, attempt?.next);
    }
  }

  private requireEnabled(): void {
    if (!this.config.oidc) throw new NotFoundException(said('auth.sso-disabled'));
  }

  /** Back to the login page, which explains the reason; anything unexpected is rethrown and answered as a 500. */
  private refuse(response: Response, error: unknown, next: string | undefined): void {
    if (!(error instanceof OidcRefusal)) throw error;
    const query = new URLSearchParams({ sso: 'loi', 'ly-do': error.reason });
    if (next) query.set('next', next);
    response.redirect(302, `${WEB_LOGIN_PATH}?${query}`);
  }
}
