/** What the token endpoint returned, in this SDK's own shape (openid-client types stay internal). */
export interface TokenSet {
  accessToken: string;
  /** Absent for client-credentials grants and when `offline_access` was not granted. */
  refreshToken: string | undefined;
  /** Epoch ms at which the access token expires. */
  expiresAt: number;
  /** Granted scopes, when the server said. */
  scopes: string[] | undefined;
}
