import type { XeroSimulator } from '../../../src/testing/index.js';
import type { SimAppCredentials, SimTokens } from './sim-tokens.js';

/** Every scope the extra resources' tests need: settings, bank transactions, invoices (history, links). */
export const EXTRA_RESOURCE_SCOPES =
  'openid profile email offline_access accounting.invoices accounting.payments accounting.contacts accounting.settings accounting.transactions';

/** Tokens for `scope` through the simulator's scripted consent and token endpoint (no SDK OAuth code). */
export async function obtainScopedTokens(
  sim: XeroSimulator,
  app: SimAppCredentials,
  scope: string = EXTRA_RESOURCE_SCOPES,
): Promise<SimTokens> {
  const url = new URL(`${sim.identityUrl}/connect/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: app.redirectUri,
    scope,
    state: `s-${Math.random().toString(36).slice(2)}`,
  }).toString();
  const redirect = await sim.control.approveConsent(url.toString(), {});
  const code = new URL(redirect).searchParams.get('code');
  if (!code) throw new Error(`consent gave no code: ${redirect}`);
  const response = await fetch(`${sim.identityUrl}/connect/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: app.redirectUri,
    }).toString(),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const body = (await response.json()) as { access_token: string; refresh_token: string; expires_in: number };
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresAt: Date.now() + body.expires_in * 1000,
  };
}
