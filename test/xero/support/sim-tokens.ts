import { seededAppOptions, type XeroSimulator } from '../../../src/testing/index.js';

export interface SimTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export interface SimAppCredentials {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** The default seed's apps, with the credentials a token exchange needs. */
export const SIM_APPS = seededAppOptions() satisfies Record<string, SimAppCredentials>;

const SCOPES =
  'openid profile email offline_access accounting.invoices accounting.payments accounting.contacts accounting.settings.read';

/**
 * Tokens through the simulator's plain code flow (scripted consent + token endpoint), without the SDK's
 * OAuth code: lets the pipeline be tested on its own.
 */
export async function obtainTokens(
  sim: XeroSimulator,
  app: SimAppCredentials,
  consent: { tenantIds?: string[]; userId?: string } = {},
): Promise<SimTokens> {
  const url = new URL(`${sim.identityUrl}/connect/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: app.redirectUri,
    scope: SCOPES,
    state: `s-${Math.random().toString(36).slice(2)}`,
  }).toString();
  const redirect = await sim.control.approveConsent(url.toString(), consent);
  const code = new URL(redirect).searchParams.get('code');
  if (!code) throw new Error(`consent gave no code: ${redirect}`);
  return tokenRequest(sim, app, { grant_type: 'authorization_code', code, redirect_uri: app.redirectUri });
}

export async function refreshTokens(
  sim: XeroSimulator,
  app: SimAppCredentials,
  refreshToken: string,
): Promise<SimTokens> {
  return tokenRequest(sim, app, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

async function tokenRequest(
  sim: XeroSimulator,
  app: SimAppCredentials,
  form: Record<string, string>,
): Promise<SimTokens> {
  const response = await fetch(`${sim.identityUrl}/connect/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams(form).toString(),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const body = (await response.json()) as { access_token: string; refresh_token: string; expires_in: number };
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresAt: Date.now() + body.expires_in * 1000,
  };
}
