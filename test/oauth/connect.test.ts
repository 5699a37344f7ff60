import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { AuthorizationCallbackError, TenantMismatchError } from '../../src/errors/connection-errors.js';
import { ROLES, SINGLE_CONNECTION_DESCRIPTION } from '../../src/roles.js';
import { EncryptedFileTokenStore } from '../../src/stores/encrypted-file-token-store.js';
import { DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID, OTHER_TENANT_ID } from '../../src/testing/index.js';
import { connectRole, consentCallback, type Harness, simApp, startHarness } from './support/harness.js';

let h: Harness | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('connect', () => {
  it('connects three roles through the consent; the token file holds no token in plaintext and has mode 0600', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xc-connect-'));
    dirs.push(dir);
    const fileStore = new EncryptedFileTokenStore({ dir, keys: [{ id: 'k1', key: randomBytes(32) }] });
    h = await startHarness({ store: fileStore });
    const { connections, events } = h.make();
    for (const role of ROLES) {
      const result = await connectRole(h, connections, role);
      expect(result).toEqual({
        status: 'connected',
        role,
        tenantId: DEMO_TENANT_ID,
        organisation: 'Demo Company (AU)',
      });
    }
    const rows = await connections.status();
    expect(
      rows.map((r) => [r.role, r.connectionType, r.organisation, r.connected, r.health, r.appName]),
    ).toEqual([
      ['wisepay', 'Wise-Pay', 'Demo Company (AU)', true, 'connected', 'Wise-Pay'],
      ['company', 'Company', 'Demo Company (AU)', true, 'connected', 'Wise-Sync'],
      ['service', 'Service', 'Demo Company (AU)', true, 'connected', 'Wise-Pay Services'],
    ]);
    // Each role's credentials are its own app's tokens.
    const creds = await Promise.all(ROLES.map((r) => connections.connection(r).credentials()));
    expect(creds.map((c) => c.clientId)).toEqual(['wisepay-client', 'company-client', 'service-client']);
    expect(new Set(creds.map((c) => c.accessToken)).size).toBe(3);
    expect(events.named('tokens:refreshed')).toHaveLength(3);

    const file = fileStore.fileFor('acct-1');
    expect(await readdir(dir)).toEqual([file.slice(dir.length + 1)]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const bytes = await readFile(file);
    const stored = await fileStore.list('acct-1');
    expect(stored).toHaveLength(3);
    for (const { value } of stored) {
      for (const secret of [value.accessToken, value.refreshToken]) {
        expect(bytes.includes(Buffer.from(secret))).toBe(false);
        // Neither the JWT's payload segment nor the refresh token appear in any encoding either.
        const segment = secret.split('.')[1] ?? secret;
        expect(bytes.includes(Buffer.from(segment))).toBe(false);
      }
    }
  });

  it('with multi-connection off every role uses the one connection and status has one row', async () => {
    h = await startHarness();
    const { connections } = h.make({ multiConnection: false });
    const result = await connectRole(h, connections, 'company');
    expect(result).toMatchObject({ status: 'connected', role: 'wisepay', tenantId: DEMO_TENANT_ID });
    const creds = await Promise.all(ROLES.map((r) => connections.connection(r).credentials()));
    expect(new Set(creds.map((c) => c.accessToken)).size).toBe(1);
    expect(creds.every((c) => c.role === 'wisepay' && c.clientId === 'wisepay-client')).toBe(true);
    const rows = await connections.status();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      role: 'wisepay',
      description: SINGLE_CONNECTION_DESCRIPTION,
      organisation: 'Demo Company (AU)',
      connected: true,
      health: 'connected',
    });
    expect(connections.connection('service').health()).toBe('connected');
  });

  it('a consent connecting several organisations with none pinned asks which one', async () => {
    h = await startHarness();
    const { connections } = h.make();
    const result = await connectRole(h, connections, 'wisepay', {
      tenantIds: [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID],
    });
    if (result.status !== 'choose_organisation') throw new Error(`expected a choice, got ${result.status}`);
    expect(result.choices).toEqual([
      { tenantId: DEMO_TENANT_ID, organisation: 'Demo Company (AU)' },
      { tenantId: NEW_COMPANY_TENANT_ID, organisation: 'New Company Ltd' },
    ]);
    expect(await h.store.list('acct-1')).toEqual([]); // nothing stored until chosen

    // A tenant that is not among the choices: a typed error, and the choice is still open.
    const bad = await h.witness.rejection(
      connections.chooseOrganisation(result.selectionToken, OTHER_TENANT_ID),
    );
    expect(bad).toBeInstanceOf(InvalidArgumentError);
    const chosen = await connections.chooseOrganisation(result.selectionToken, NEW_COMPANY_TENANT_ID);
    expect(chosen).toEqual({
      status: 'connected',
      role: 'wisepay',
      tenantId: NEW_COMPANY_TENANT_ID,
      organisation: 'New Company Ltd',
    });
    expect((await connections.connection('wisepay').credentials()).tenantId).toBe(NEW_COMPANY_TENANT_ID);

    // Single use.
    const reused = await h.witness.rejection(
      connections.chooseOrganisation(result.selectionToken, DEMO_TENANT_ID),
    );
    expect(reused).toBeInstanceOf(AuthorizationCallbackError);
    expect((reused as AuthorizationCallbackError).failure).toBe('unknown_state');
    // The next role's consent over several organisations picks the now pinned one by itself.
    const next = await connectRole(h, connections, 'company', {
      tenantIds: [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID],
    });
    expect(next).toMatchObject({ status: 'connected', tenantId: NEW_COMPANY_TENANT_ID });
  });

  it('the pool’s pinned tenant is picked out of a multi-organisation consent', async () => {
    h = await startHarness();
    const { connections } = h.make({ pinnedTenantId: OTHER_TENANT_ID });
    const result = await connectRole(h, connections, 'service', {
      tenantIds: [DEMO_TENANT_ID, OTHER_TENANT_ID],
    });
    expect(result).toEqual({
      status: 'connected',
      role: 'service',
      tenantId: OTHER_TENANT_ID,
      organisation: 'Other Org Pty',
    });
  });

  it('reconnecting to a different organisation is a typed mismatch and leaves the store unchanged', async () => {
    h = await startHarness();
    const { connections, events } = h.make();
    await connectRole(h, connections, 'wisepay');
    await connectRole(h, connections, 'company');
    const before = await h.store.list('acct-1');

    // Reconnect of a connected role, and first connect of another role: both must land on the pinned org.
    for (const role of ['wisepay', 'service'] as const) {
      const error = await h.witness.rejection(
        connectRole(h, connections, role, { tenantIds: [NEW_COMPANY_TENANT_ID] }),
      );
      expect(error).toBeInstanceOf(TenantMismatchError);
      expect(error).toMatchObject({
        expectedTenantId: DEMO_TENANT_ID,
        actualTenantIds: [NEW_COMPANY_TENANT_ID],
      });
    }
    expect(await h.store.list('acct-1')).toEqual(before);
    expect(events.named('tenant:mismatch')).toEqual([
      expect.objectContaining({
        role: 'wisepay',
        expectedTenantId: DEMO_TENANT_ID,
        actualTenantIds: [NEW_COMPANY_TENANT_ID],
      }),
      expect.objectContaining({
        role: 'service',
        expectedTenantId: DEMO_TENANT_ID,
        actualTenantIds: [NEW_COMPANY_TENANT_ID],
      }),
    ]);
    expect((await connections.connection('wisepay').credentials()).tenantId).toBe(DEMO_TENANT_ID);
  });

  it('disconnect-all unpins: the new organisation can then be connected', async () => {
    h = await startHarness();
    const { connections } = h.make();
    for (const role of ROLES) await connectRole(h, connections, role);
    h.sim.control.resetLog();

    await connections.disconnectAll();
    expect(await h.store.list('acct-1')).toEqual([]);
    const log = h.sim.control.requestLog();
    // Xero was told: each app's connection deleted and its refresh token revoked.
    expect(
      log.filter((e) => e.endpoint === 'connections' && e.method === 'DELETE' && e.status === 204),
    ).toHaveLength(3);
    expect(log.filter((e) => e.endpoint === 'revoke' && e.status === 200)).toHaveLength(3);
    expect((await connections.status()).every((r) => r.health === 'not_connected' && !r.connected)).toBe(
      true,
    );

    for (const role of ROLES) {
      const result = await connectRole(h, connections, role, { tenantIds: [NEW_COMPANY_TENANT_ID] });
      expect(result).toMatchObject({ status: 'connected', tenantId: NEW_COMPANY_TENANT_ID });
    }
    expect((await connections.validateToken('company')).valid).toBe(true);
  });

  it('disconnect of one role sharing an app and grant with another neither deletes nor revokes the shared grant', async () => {
    h = await startHarness();
    const shared = simApp('wisepay');
    const { connections } = h.make({
      appsByRole: { wisepay: shared, company: shared, service: simApp('service') },
    });
    await connectRole(h, connections, 'wisepay');
    await connectRole(h, connections, 'company');
    await connectRole(h, connections, 'service');
    h.sim.control.resetLog();

    await connections.disconnect('company');
    let log = h.sim.control.requestLog();
    expect(log.filter((e) => e.endpoint === 'revoke')).toHaveLength(0);
    expect(log.filter((e) => e.endpoint === 'connections' && e.method === 'DELETE')).toHaveLength(0);
    expect(await h.store.get('acct-1', 'company')).toBeNull();
    expect(connections.connection('company').health()).toBe('not_connected');
    // The role sharing the grant still works.
    expect(await connections.validateToken('wisepay')).toMatchObject({ valid: true });

    // A role with its own app is deleted in Xero and revoked.
    h.sim.control.resetLog();
    await connections.disconnect('service');
    log = h.sim.control.requestLog();
    expect(
      log.filter(
        (e) => e.endpoint === 'connections' && e.method === 'DELETE' && e.clientId === 'service-client',
      ),
    ).toHaveLength(1);
    expect(log.filter((e) => e.endpoint === 'revoke' && e.clientId === 'service-client')).toHaveLength(1);
    expect(await connections.validateToken('wisepay')).toMatchObject({ valid: true });
  });

  it('reconnecting a broken connection clears the flag and emits connection:restored', async () => {
    h = await startHarness();
    const { connections, events } = h.make();
    await connectRole(h, connections, 'company');
    h.sim.control.revokeGrant({ clientId: 'company-client', userId: 'user-1' });
    expect(await connections.validateToken('company')).toMatchObject({ valid: false });
    expect(connections.connection('company').health()).toBe('broken');

    const callback = await consentCallback(h, connections, 'company');
    expect(await connections.completeConnect(new URL(callback))).toMatchObject({ status: 'connected' });
    expect(connections.connection('company').health()).toBe('connected');
    expect((await h.store.get('acct-1', 'company'))?.value.broken).toBeUndefined();
    expect(events.named('connection:restored')).toEqual([
      expect.objectContaining({ role: 'company', previous: 'broken' }),
    ]);
    expect(await connections.validateToken('company')).toMatchObject({ valid: true });
  });
});
