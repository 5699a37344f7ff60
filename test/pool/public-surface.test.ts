import { describe, expect, it } from 'vitest';

describe('the public entry point', () => {
  it('imports without starting anything and exports the host, pool, roles, errors, guards and stores', async () => {
    // Nothing may start at import: no timer, no socket, no server.
    const started = () =>
      (process as unknown as { getActiveResourcesInfo(): string[] })
        .getActiveResourcesInfo()
        .filter((r) => r === 'Timeout' || r === 'TCPServerWrap' || r === 'TCPSocketWrap').length;
    const before = started();
    const sdk = await import('../../src/index.js');
    expect(started()).toBeLessThanOrEqual(before);
    for (const name of [
      'XeroConnections',
      'ConnectionPool',
      'XeroRoleClient',
      'ROLES',
      'PRIMARY_ROLE',
      'roleForTraffic',
      'isRole',
      'XeroConnectionsError',
      'isXeroConnectionsError',
      'RateLimitError',
      'DayLimitExceededError',
      'DeadlineExceededError',
      'TokenExpiredError',
      'TenantNotAuthorisedError',
      'XeroValidationError',
      'XeroUnavailableError',
      'ConfigurationError',
      'MemoryTokenStore',
      'EncryptedFileTokenStore',
      'InProcessRefreshLock',
      'DEFAULT_LIMITS',
      'parseXeroDate',
    ]) {
      expect(sdk, name).toHaveProperty(name);
    }
    // Internals stay internal.
    for (const name of [
      'CallPipeline',
      'HttpTransport',
      'createLocalLimitsEngine',
      'createIdentityClient',
      'PoolRouting',
    ]) {
      expect(sdk, name).not.toHaveProperty(name);
    }
  });

  it('two hosts share nothing', async () => {
    const { XeroConnections } = await import('../../src/index.js');
    const app = { clientId: 'c', clientSecret: 's', redirectUri: 'http://127.0.0.1/cb' };
    const a = new XeroConnections({ apps: { a: app } });
    const b = new XeroConnections({ apps: { a: app } });
    const poolA = a.pool({ accountId: 'x', apps: 'a' });
    expect(b.getPool('x')).toBeUndefined();
    expect(b.pool({ accountId: 'x', apps: 'a' })).not.toBe(poolA);
    await Promise.all([a.close(), b.close()]);
  });
});
