/**
 * Why a single sign-on was refused, as the short code the login page receives in `?ly-do=` and explains to the
 * official in their language (apps/web/src/i18n/catalogue/sso.ts). Codes, not sentences, in the address: nothing the
 * provider sent ends up in a link.
 */
export type OidcRefusalReason =
  /** No attempt cookie, or an expired one: the sign-in took too long, or was started in another browser. */
  | 'het-han'
  /** The state the provider sent back is not the one this browser was given: a forged or replayed answer. */
  | 'khong-khop'
  /** The provider answered with an error, e.g. the official cancelled. */
  | 'tu-choi'
  /** The provider could not be reached, or its tokens did not check out. */
  | 'loi-xac-minh'
  /** The provider signed the official in but sent no username in the configured claim. */
  | 'thieu-ten'
  /** No official in our directory has that username; accounts are never created from a sign-on. */
  | 'chua-co-tai-khoan'
  /** The official's account is deactivated. */
  | 'tai-khoan-ngung';

export class OidcRefusal extends Error {
  constructor(
    readonly reason: OidcRefusalReason,
    detail: string,
  ) {
    super(`Single sign-on refused (${reason}): ${detail}`);
  }
}
