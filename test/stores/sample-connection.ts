import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/roles.js';
import type { StoredConnection } from '../../src/stores/token-store.js';

/** A realistic stored connection with unique, recognisable secrets (so tests can search bytes for them). */
export function sampleConnection(
  overrides: Partial<StoredConnection> & { accountId: string; role: Role },
): StoredConnection {
  const secret = randomBytes(16).toString('hex');
  return {
    clientId: 'wisepay-client',
    tenantId: '11111111-2222-3333-4444-555555555555',
    tenantName: 'Demo Company (AU)',
    connectionId: 'conn-1',
    authEventId: 'auth-event-1',
    xeroUserId: 'user-1',
    scopes: ['openid', 'offline_access', 'accounting.invoices'],
    accessToken: `AT-${secret}`,
    accessTokenExpiresAt: 1_800_000_000_000,
    refreshToken: `RT-${secret}`,
    refreshedAt: 1_700_000_000_000,
    connectedAt: 1_700_000_000_000,
    ...overrides,
  };
}
