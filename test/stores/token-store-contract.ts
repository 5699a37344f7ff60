import { describe, expect, it } from 'vitest';
import type { StoredConnection, TokenStore } from '../../src/stores/token-store.js';
import { sampleConnection } from './sample-connection.js';

export interface StoreUnderTest {
  store: TokenStore;
  cleanup: () => Promise<void>;
}

/**
 * The behaviour every TokenStore must have. Run it for each implementation:
 * `describeTokenStoreContract('memory', async () => ({ store: new MemoryTokenStore(), cleanup: async () => {} }))`.
 */
export function describeTokenStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`TokenStore contract: ${name}`, () => {
    async function withStore(fn: (store: TokenStore) => Promise<void>): Promise<void> {
      const { store, cleanup } = await makeStore();
      try {
        await fn(store);
      } finally {
        await store.close?.();
        await cleanup();
      }
    }

    it('get returns null for an unknown connection', () =>
      withStore(async (store) => {
        expect(await store.get('acct-unknown', 'wisepay')).toBeNull();
        expect(await store.list('acct-unknown')).toEqual([]);
      }));

    it('put with a null expectation creates, starting at version 1, and values round-trip exactly', () =>
      withStore(async (store) => {
        const value: StoredConnection = sampleConnection({
          accountId: 'acct-1',
          role: 'company',
          broken: {
            reason: 'invalid_grant',
            at: 1_700_000_000_123,
            message: 'The Company connection … ünïcødé',
          },
          lastTest: { at: 1_700_000_000_456, valid: null, reason: 'Xero unreachable' },
        });
        const result = await store.put(value, null);
        expect(result).toEqual({ ok: true, version: 1 });
        const read = await store.get('acct-1', 'company');
        expect(read).toEqual({ value, version: 1 });
        expect(read?.value.scopes).toEqual(value.scopes);
      }));

    it('put with a null expectation does not overwrite an existing record', () =>
      withStore(async (store) => {
        const first = sampleConnection({ accountId: 'acct-1', role: 'wisepay' });
        await store.put(first, null);
        const second = sampleConnection({ accountId: 'acct-1', role: 'wisepay' });
        const result = await store.put(second, null);
        expect(result).toEqual({ ok: false, current: { value: first, version: 1 } });
        expect((await store.get('acct-1', 'wisepay'))?.value.refreshToken).toBe(first.refreshToken);
      }));

    it('put with the current version replaces and increments; a stale version fails and returns the current', () =>
      withStore(async (store) => {
        const v1 = sampleConnection({ accountId: 'acct-1', role: 'wisepay' });
        await store.put(v1, null);
        const v2 = { ...v1, refreshToken: 'RT-second', accessToken: 'AT-second' };
        expect(await store.put(v2, 1)).toEqual({ ok: true, version: 2 });
        const stale = { ...v1, refreshToken: 'RT-stale' };
        const conflict = await store.put(stale, 1);
        expect(conflict).toEqual({ ok: false, current: { value: v2, version: 2 } });
        expect(await store.put(stale, 7)).toEqual({ ok: false, current: { value: v2, version: 2 } });
        expect((await store.get('acct-1', 'wisepay'))?.value.refreshToken).toBe('RT-second');
      }));

    it('put with a version on an absent record fails with current null', () =>
      withStore(async (store) => {
        const value = sampleConnection({ accountId: 'acct-1', role: 'service' });
        expect(await store.put(value, 1)).toEqual({ ok: false, current: null });
        expect(await store.get('acct-1', 'service')).toBeNull();
      }));

    it('concurrent CAS puts on one version: exactly one wins', () =>
      withStore(async (store) => {
        const base = sampleConnection({ accountId: 'acct-race', role: 'wisepay' });
        await store.put(base, null);
        const contenders = Array.from({ length: 20 }, (_, i) => ({
          ...base,
          refreshToken: `RT-contender-${i}`,
        }));
        const results = await Promise.all(contenders.map((c) => store.put(c, 1)));
        const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
        expect(winners).toHaveLength(1);
        const stored = await store.get('acct-race', 'wisepay');
        expect(stored?.version).toBe(2);
        expect(stored?.value.refreshToken).toBe(`RT-contender-${winners[0]}`);
        for (const r of results) if (!r.ok) expect(r.current?.version).toBe(2);
      }));

    it('concurrent creates: exactly one wins', () =>
      withStore(async (store) => {
        const contenders = Array.from({ length: 10 }, () =>
          sampleConnection({ accountId: 'acct-c', role: 'company' }),
        );
        const results = await Promise.all(contenders.map((c) => store.put(c, null)));
        expect(results.filter((r) => r.ok)).toHaveLength(1);
      }));

    it('delete without a version removes; a second delete returns false', () =>
      withStore(async (store) => {
        await store.put(sampleConnection({ accountId: 'acct-1', role: 'wisepay' }), null);
        expect(await store.delete('acct-1', 'wisepay')).toBe(true);
        expect(await store.get('acct-1', 'wisepay')).toBeNull();
        expect(await store.delete('acct-1', 'wisepay')).toBe(false);
      }));

    it('delete with a version removes only that version', () =>
      withStore(async (store) => {
        const v = sampleConnection({ accountId: 'acct-1', role: 'wisepay' });
        await store.put(v, null);
        await store.put({ ...v, refreshToken: 'RT-2' }, 1);
        expect(await store.delete('acct-1', 'wisepay', 1)).toBe(false);
        expect((await store.get('acct-1', 'wisepay'))?.version).toBe(2);
        expect(await store.delete('acct-1', 'wisepay', 2)).toBe(true);
        expect(await store.get('acct-1', 'wisepay')).toBeNull();
      }));

    it('a record re-created after delete never reuses a version a stale writer may hold', () =>
      withStore(async (store) => {
        const v = sampleConnection({ accountId: 'acct-1', role: 'wisepay' });
        await store.put(v, null);
        await store.delete('acct-1', 'wisepay');
        const fresh = sampleConnection({ accountId: 'acct-1', role: 'wisepay' });
        const created = await store.put(fresh, null);
        expect(created.ok).toBe(true);
        // A writer that read version 1 before the delete must not overwrite the new connection.
        const stale = await store.put({ ...v, refreshToken: 'RT-stale' }, 1);
        expect(stale.ok).toBe(false);
        expect((await store.get('acct-1', 'wisepay'))?.value.refreshToken).toBe(fresh.refreshToken);
      }));

    it('list returns every role of one account and nothing of another', () =>
      withStore(async (store) => {
        const a1 = sampleConnection({ accountId: 'acct-a', role: 'wisepay' });
        const a2 = sampleConnection({ accountId: 'acct-a', role: 'service' });
        const b1 = sampleConnection({ accountId: 'acct-b', role: 'wisepay' });
        // An id that is a prefix of another must not leak into its list.
        const prefix = sampleConnection({ accountId: 'acct', role: 'company' });
        for (const v of [a1, a2, b1, prefix]) await store.put(v, null);
        const listA = await store.list('acct-a');
        expect(listA.map((r) => r.value).sort((x, y) => x.role.localeCompare(y.role))).toEqual([a2, a1]);
        expect((await store.list('acct-b')).map((r) => r.value)).toEqual([b1]);
        expect((await store.list('acct')).map((r) => r.value)).toEqual([prefix]);
        await store.delete('acct-a', 'wisepay');
        expect((await store.list('acct-a')).map((r) => r.value)).toEqual([a2]);
        expect(await store.get('acct-b', 'wisepay')).not.toBeNull();
      }));

    it('returned values are copies: mutating them does not change the store', () =>
      withStore(async (store) => {
        const v = sampleConnection({ accountId: 'acct-1', role: 'wisepay' });
        await store.put(v, null);
        const read = await store.get('acct-1', 'wisepay');
        read!.value.refreshToken = 'mutated';
        read!.value.scopes.push('mutated');
        v.accessToken = 'mutated-input';
        const again = await store.get('acct-1', 'wisepay');
        expect(again?.value.refreshToken).not.toBe('mutated');
        expect(again?.value.scopes).not.toContain('mutated');
        expect(again?.value.accessToken).not.toBe('mutated-input');
      }));

    it('nested values are copies too, in and out (scopes, broken, lastTest), for get, list and conflicts', () =>
      withStore(async (store) => {
        const v = sampleConnection({
          accountId: 'acct-1',
          role: 'wisepay',
          broken: { reason: 'invalid_grant', at: 1, message: 'original' },
          lastTest: { at: 2, valid: true },
        });
        await store.put(v, null);
        const snapshot = structuredClone(v);
        v.scopes.push('mutated-input');
        v.broken!.message = 'mutated-input';
        v.lastTest!.valid = false;
        const reads = [
          (await store.get('acct-1', 'wisepay'))!.value,
          (await store.list('acct-1'))[0]!.value,
          ((await store.put(snapshot, null)) as { current: { value: StoredConnection } }).current.value,
        ];
        for (const read of reads) {
          expect(read).toEqual(snapshot);
          read.scopes.push('mutated-output');
          read.broken!.message = 'mutated-output';
          read.lastTest!.valid = false;
        }
        expect(reads[0]).not.toBe(reads[1]);
        expect((await store.get('acct-1', 'wisepay'))?.value).toEqual(snapshot);
      }));
  });
}
