import type { XeroSimulator } from '../../../src/testing/index.js';
import { simulatorTokenSet } from '../../support/simulator-token.js';
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
  const body = await simulatorTokenSet(sim, app, scope);
  return {
    accessToken: String(body.access_token),
    refreshToken: String(body.refresh_token),
    expiresAt: Date.now() + Number(body.expires_in) * 1000,
  };
}
