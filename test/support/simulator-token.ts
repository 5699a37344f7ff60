/**
 * A simulator token set with every accounting scope an app made before March 2026 would hold (the broad
 * `accounting.transactions` and friends), through the simulator's own code flow: consent approved by its
 * control, the code exchanged at its token endpoint. For tests that call the simulator with a client of
 * their own (fetch, xero-node) rather than through the SDK's OAuth.
 */
import type { XeroSimulator } from '../../src/testing/index.js';

const BROAD_SCOPES =
  'openid profile email offline_access accounting.transactions accounting.contacts accounting.settings';

export interface SimulatorApp {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** The token endpoint's JSON answer (access_token, refresh_token, expires_in, token_type, id_token…). */
export async function simulatorTokenSet(
  sim: XeroSimulator,
  app: SimulatorApp,
  scopes = BROAD_SCOPES,
): Promise<Record<string, string | number>> {
  const url = new URL(`${sim.identityUrl}/connect/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: app.redirectUri,
    scope: scopes,
    state: `state-${Math.random().toString(36).slice(2)}`,
  }).toString();
  const code = new URL(await sim.control.approveConsent(url.toString())).searchParams.get('code');
  if (!code) throw new Error('the simulator gave no code');
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
  if (!response.ok) throw new Error(`the token endpoint answered ${response.status}`);
  return (await response.json()) as Record<string, string | number>;
}
