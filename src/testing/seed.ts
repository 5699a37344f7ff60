import type { SimApp, SimulatorSeed } from './types.js';

/** 'Demo Company (AU)' in the default seed. */
export const DEMO_TENANT_ID = '0a1b2c3d-0000-4000-8000-00000000000a';
/** 'New Company Ltd' in the default seed. */
export const NEW_COMPANY_TENANT_ID = '0a1b2c3d-0000-4000-8000-00000000000b';
/** 'Other Org Pty' in the default seed. */
export const OTHER_TENANT_ID = '0a1b2c3d-0000-4000-8000-00000000000c';

/** Every scope the simulator knows: OpenID, refresh, the broad and granular accounting scopes, attachments. */
export const ALL_SCOPES: readonly string[] = [
  'openid',
  'profile',
  'email',
  'offline_access',
  'accounting.transactions',
  'accounting.transactions.read',
  'accounting.invoices',
  'accounting.invoices.read',
  'accounting.payments',
  'accounting.payments.read',
  'accounting.contacts',
  'accounting.contacts.read',
  'accounting.settings',
  'accounting.settings.read',
  'accounting.attachments',
  'accounting.attachments.read',
];

const LOOPBACK_CALLBACKS = ['http://127.0.0.1/callback', 'http://localhost/callback'];

function app(name: string, prefix: string, tier: SimApp['tier'] = 'standard'): SimApp {
  return {
    name,
    clientId: `${prefix}-client`,
    clientSecret: `${prefix}-secret`,
    redirectUris: [...LOOPBACK_CALLBACKS],
    tier,
    scopes: [...ALL_SCOPES],
  };
}

/**
 * The deterministic default world (also what `npx xero-simulator` serves). The secrets are simulator seed
 * values, not credentials of anything real: `<prefix>-secret`.
 */
export const DEFAULT_SEED: Readonly<SimulatorSeed> = Object.freeze({
  apps: [
    app('Wise-Pay', 'wisepay'),
    app('Wise-Sync', 'company'),
    app('Wise-Pay Services', 'service'),
    app('Wise-Pay Starter', 'starter', 'starter'),
  ],
  organisations: [
    { tenantId: DEMO_TENANT_ID, name: 'Demo Company (AU)' },
    { tenantId: NEW_COMPANY_TENANT_ID, name: 'New Company Ltd' },
    { tenantId: OTHER_TENANT_ID, name: 'Other Org Pty' },
  ],
  users: [
    {
      userId: 'user-1',
      email: 'owner@example.com',
      givenName: 'Olivia',
      familyName: 'Owner',
      organisations: [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID, OTHER_TENANT_ID],
    },
    {
      userId: 'user-2',
      email: 'bookkeeper@example.com',
      givenName: 'Ben',
      familyName: 'Bookkeeper',
      organisations: [DEMO_TENANT_ID],
    },
  ],
});
