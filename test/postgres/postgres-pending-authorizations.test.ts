import { afterAll, expect, it } from 'vitest';
import type { PendingAuthorization } from '../../src/stores/pending-authorization-store.js';
import { sleep } from '../../src/time-scale.js';
import { postgresProcesses } from './support/backends.js';
import { adminQuery, describeWithPostgres } from './support/postgres-test-env.js';

const opened: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  for (const o of opened) await o.close();
});

function pending(state: string, expiresInMs = 60_000): PendingAuthorization {
  return {
    state,
    accountId: 'acct-1',
    role: 'company',
    clientId: 'wisepay-client',
    redirectUri: 'http://127.0.0.1/callback',
    codeVerifier: `verifier-${state}-secret-value`,
    nonce: `nonce-${state}-value`,
    expiresAt: Date.now() + expiresInMs,
  };
}

describeWithPostgres('PostgresPendingAuthorizationStore', () => {
  it('a state saved by one process is taken once, by whichever process gets the callback', async () => {
    const set = await postgresProcesses(2, 'auth');
    opened.push(set);
    const [a, b] = set.parts as [(typeof set.parts)[0], (typeof set.parts)[0]];
    const saved = pending('state-1');
    await a.pendingAuthorizations.save(saved);
    expect(await b.pendingAuthorizations.peek('state-1')).toEqual({
      state: 'state-1',
      accountId: 'acct-1',
      role: 'company',
      expiresAt: saved.expiresAt,
    });
    const takes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).pendingAuthorizations.take('state-1')),
    );
    expect(takes.filter((t) => t !== null)).toEqual([saved]);
    expect(await a.pendingAuthorizations.take('state-1')).toBeNull();
    expect(await a.pendingAuthorizations.take('unknown-state')).toBeNull();
    expect(await a.pendingAuthorizations.peek('x'.repeat(513))).toBeNull();
  });

  it('sealed at rest: no verifier or nonce in the table', async () => {
    const set = await postgresProcesses(1, 'auth');
    opened.push(set);
    const saved = pending('state-sealed');
    await set.parts[0]!.pendingAuthorizations.save(saved);
    const dump = JSON.stringify(await adminQuery(`SELECT * FROM "${set.schema}".pending_authorizations`));
    expect(dump).toContain('state-sealed');
    expect(dump).not.toContain(saved.codeVerifier);
    expect(dump).not.toContain(saved.nonce);
    expect(dump).not.toContain('acct-1');
  });

  it('an expired state is still returned while retained (so the caller can say "expired"), then forgotten and purged', async () => {
    const set = await postgresProcesses(1, 'auth', { retainExpiredAuthorizationsMs: 1500 });
    opened.push(set);
    const store = set.parts[0]!.pendingAuthorizations;
    const expired = pending('state-expired', -10);
    await store.save(expired);
    expect(await store.peek('state-expired')).toMatchObject({ expiresAt: expired.expiresAt });
    await store.save(pending('state-taken-expired', -10));
    expect(await store.take('state-taken-expired')).toEqual(
      expect.objectContaining({ state: 'state-taken-expired' }),
    );
    await sleep(1600);
    expect(await store.peek('state-expired')).toBeNull();
    // A later save sweeps rows past their retention.
    await store.save(pending('state-fresh'));
    const states = await adminQuery<{ state: string }>(
      `SELECT state FROM "${set.schema}".pending_authorizations ORDER BY state`,
    );
    expect(states.map((r) => r.state)).toEqual(['state-fresh']);
    expect(await store.take('state-expired')).toBeNull();
  });

  it('refuses a malformed authorization with the fields named, writing nothing', async () => {
    const set = await postgresProcesses(1, 'auth');
    opened.push(set);
    const bad = { ...pending('state-bad'), codeVerifier: '', expiresAt: Number.NaN } as PendingAuthorization;
    const error = await set.parts[0]!.pendingAuthorizations.save(bad).catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe('ERR_INVALID_ARGUMENT');
    // The message is redacted where a field looks secret ("codeVerifier …"); the issues name every field.
    expect((error as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual([
      'codeVerifier',
      'expiresAt',
    ]);
    expect((error as Error).message).toMatch(/expiresAt/);
    expect(await adminQuery(`SELECT 1 FROM "${set.schema}".pending_authorizations`)).toHaveLength(0);
  });
});
