/** Claims in our access tokens: only identifiers; roles and unit are read from the directory per request. */
export interface TokenPayload {
  sub: string;
  username: string;
}
