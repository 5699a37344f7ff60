import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MemoryPendingAuthorizationStore } from '../../src/stores/memory-pending-authorization-store.js';
import type { PendingAuthorization } from '../../src/stores/pending-authorization-store.js';

function pending(state: string, expiresAt: number): PendingAuthorization {
  return {
    state,
    accountId: 'acct-1',
    role: 'company',
    clientId: 'company-client',
    redirectUri: 'http://127.0.0.1/callback',
    codeVerifier: `verifier-${state}`,
    nonce: `nonce-${state}`,
    expiresAt,
  };
}

describe('MemoryPendingAuthorizationStore', () => {
  it('take is single use; peek does not consume and omits the secrets', async () => {
    const store = new MemoryPendingAuthorizationStore();
    const p = pending('s1', Date.now() + 60_000);
    await store.save(p);
    const peeked = await store.peek('s1');
    expect(peeked).toEqual({ state: 's1', accountId: 'acct-1', role: 'company', expiresAt: p.expiresAt });
    expect(JSON.stringify(peeked)).not.toContain('verifier');
    expect(await store.take('s1')).toEqual(p);
    expect(await store.take('s1')).toBeNull();
    expect(await store.peek('s1')).toBeNull();
    expect(await store.take('never-issued')).toBeNull();
  });

  it('returns an expired record while retained (so callers can say "expired"), then forgets it', async () => {
    const store = new MemoryPendingAuthorizationStore({ retainExpiredMs: 1000 });
    await store.save(pending('recent', Date.now() - 10)); // expired, within retention
    await store.save(pending('ancient', Date.now() - 5000)); // beyond retention
    await store.save(pending('trigger', Date.now() + 60_000)); // saving sweeps
    expect((await store.take('recent'))?.state).toBe('recent');
    expect(await store.take('ancient')).toBeNull();
  });

  it('util.inspect (showHidden, any depth) and JSON show no verifier or nonce', async () => {
    const store = new MemoryPendingAuthorizationStore();
    await store.save(pending('s-inspect', Date.now() + 60_000));
    const text = [
      inspect(store, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      JSON.stringify(store),
      inspect({ holder: { store } }, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ].join('\n');
    expect(text).not.toContain('verifier-s-inspect');
    expect(text).not.toContain('nonce-s-inspect');
    expect(text).toContain('size: 1'); // says something useful instead
  });
});
