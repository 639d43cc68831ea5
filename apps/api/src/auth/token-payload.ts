/** Claims in our access tokens: only identifiers; roles and unit are read from the directory per request. */
export interface TokenPayload {
  sub: string;
  username: string;
  /** The session the token belongs to: revoking the session refuses the token before it expires. */
  sid: string;
}
