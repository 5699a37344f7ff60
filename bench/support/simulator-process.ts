/**
 * Runs the simulator in its own process for the benchmark, so its work and memory are not counted as the
 * SDK's. argv[2] is JSON: { sim: XeroSimulatorOptions, extraOrganisations?: number, tokensFor?: clientId[] }.
 * Prints one JSON line { url, identityUrl, apiUrl, tenantIds, tokens } and runs until stdin closes.
 */
import {
  DEFAULT_SEED,
  type OrganisationSeed,
  startXeroSimulator,
  type XeroSimulatorOptions,
} from '../../src/testing/index.js';

interface Args {
  sim: XeroSimulatorOptions;
  extraOrganisations?: number;
  tokensFor?: Array<{ clientId: string; clientSecret: string }>;
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const extra: OrganisationSeed[] = Array.from({ length: args.extraOrganisations ?? 0 }, (_, i) => ({
  tenantId: `bench-${String(i).padStart(6, '0')}-0000-4000-8000-000000000000`,
  name: `Bench Org ${i}`,
  invoiceCount: 1,
  contactCount: 1,
}));
const sim = await startXeroSimulator({
  ...args.sim,
  controlHttp: true,
  maxLogEntries: args.sim.maxLogEntries ?? 1000,
  ...(extra.length > 0
    ? {
        organisations: [...DEFAULT_SEED.organisations, ...extra],
        users: [...DEFAULT_SEED.users, { userId: 'bench-user', organisations: extra.map((o) => o.tenantId) }],
      }
    : {}),
});

// One consent per app covering every extra organisation: one token set serves them all.
const tokens: Record<string, { accessToken: string; refreshToken: string; expiresIn: number }> = {};
for (const app of args.tokensFor ?? []) {
  const url = new URL(`${sim.identityUrl}/connect/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: 'http://127.0.0.1/callback',
    scope: 'openid offline_access accounting.settings.read accounting.invoices',
    state: 'bench',
  }).toString();
  const redirect = await sim.control.approveConsent(url.toString(), {
    userId: 'bench-user',
    tenantIds: extra.map((o) => o.tenantId),
  });
  const code = new URL(redirect).searchParams.get('code') ?? '';
  const response = await fetch(`${sim.identityUrl}/connect/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'http://127.0.0.1/callback',
    }),
  });
  const body = (await response.json()) as { access_token: string; refresh_token: string; expires_in: number };
  tokens[app.clientId] = {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresIn: body.expires_in,
  };
}

process.stdout.write(
  `${JSON.stringify({
    url: sim.url,
    identityUrl: sim.identityUrl,
    apiUrl: sim.apiUrl,
    tenantIds: extra.map((o) => o.tenantId),
    tokens,
  })}\n`,
);
process.stdin.resume();
process.stdin.on('end', () => {
  void sim.close().then(() => process.exit(0));
});
