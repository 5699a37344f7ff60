import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import type { Role } from '../../src/roles.js';
import type { StoredConnection, TokenStore, Versioned } from '../../src/stores/token-store.js';
import { sampleConnection } from './sample-connection.js';

export interface StoreUnderTest {
  store: TokenStore;
  cleanup: () => Promise<void>;
}

/**
 * The behaviour every TokenStore must have. Run it for each implementation:
 * `describeTokenStoreContract('memory', async () => ({ store: new MemoryTokenStore(), cleanup: async () => {} }))`.
 */
export function describeTokenStoreContract(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  traits: {
    /** `listAll`'s limit is a hint (Redis SCAN COUNT): pages may hold more accounts than asked. */
    listLimitIsHint?: boolean;
  } = {},
): void {
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

    it('stores a custom connection: no refresh token (empty), round-trips and updates like any record', () =>
      withStore(async (store) => {
        const value: StoredConnection = sampleConnection({
          accountId: 'acct-custom',
          role: 'service',
          refreshToken: '',
        });
        expect(await store.put(value, null)).toEqual({ ok: true, version: 1 });
        expect(await store.get('acct-custom', 'service')).toEqual({ value, version: 1 });
        const renewed = { ...value, accessToken: `${value.accessToken}-renewed` };
        expect(await store.put(renewed, 1)).toEqual({ ok: true, version: 2 });
        expect((await store.get('acct-custom', 'service'))?.value.refreshToken).toBe('');
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

    it('listAll pages through every account; each account whole in one page; nothing deleted', () =>
      withStore(async (store) => {
        const roles: Role[] = ['wisepay', 'company', 'service'];
        const written = new Map<string, StoredConnection>();
        for (let i = 0; i < 23; i++) {
          const accountId = i === 0 ? 'acct:with:colons*[?]' : `acct-list-${i}`;
          for (const role of roles.slice(0, 1 + (i % 3))) {
            const value = sampleConnection({ accountId, role });
            await store.put(value, null);
            written.set(`${accountId}\n${role}`, value);
          }
        }
        await store.put(sampleConnection({ accountId: 'acct-gone', role: 'wisepay' }), null);
        await store.delete('acct-gone', 'wisepay'); // only a tombstone is left: nothing to list
        await store.delete('acct-list-2', 'service');
        written.delete('acct-list-2\nservice');

        const { pages, items } = await listEverything(store, 5);
        expect(pages.length).toBeGreaterThan(1);
        for (const page of pages) {
          const accounts = new Set(page.map((r) => r.value.accountId));
          if (traits.listLimitIsHint !== true) expect(accounts.size).toBeLessThanOrEqual(5);
        }
        const listed = new Map(items.map((r) => [`${r.value.accountId}\n${r.value.role}`, r]));
        expect([...listed.keys()].sort()).toEqual([...written.keys()].sort());
        for (const [key, value] of written) expect(listed.get(key)?.value).toEqual(value);
        // An account never spans two pages: a page holds all of its connections.
        const pageOf = new Map<string, number>();
        pages.forEach((page, n) => {
          for (const r of page) {
            const first = pageOf.get(r.value.accountId) ?? n;
            pageOf.set(r.value.accountId, first);
            if (traits.listLimitIsHint !== true) expect(first).toBe(n);
          }
        });
        // Versions are the ones get() returns (the CAS expectation a sweep may use).
        for (const r of items) {
          expect(r.version).toBe((await store.get(r.value.accountId, r.value.role))?.version);
        }
      }));

    it('listAll of an empty store ends with no items', () =>
      withStore(async (store) => {
        const { items } = await listEverything(store, 3);
        expect(items).toEqual([]);
      }));

    it('listAll returns every connection stored for the whole listing, with writes between pages', () =>
      withStore(async (store) => {
        for (let i = 0; i < 12; i++) {
          await store.put(sampleConnection({ accountId: `acct-steady-${i}`, role: 'wisepay' }), null);
        }
        const seen = new Set<string>();
        let cursor: string | undefined;
        let n = 0;
        for (;;) {
          const page = await store.listAll!({ cursor, limit: 3 });
          for (const r of page.items) seen.add(r.value.accountId);
          // Churn between pages: new accounts arrive, one that was listed or not goes.
          await store.put(sampleConnection({ accountId: `acct-new-${n}`, role: 'company' }), null);
          await store.put(sampleConnection({ accountId: `acct-churn-${n}`, role: 'company' }), null);
          await store.delete(`acct-churn-${n}`, 'company');
          n++;
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
          expect(n).toBeLessThan(10_000);
        }
        for (let i = 0; i < 12; i++) expect(seen).toContain(`acct-steady-${i}`);
      }));

    it('listAll refuses bad options with a typed error naming the field', () =>
      withStore(async (store) => {
        for (const bad of [{ limit: 0 }, { limit: 1001 }, { limit: 2.5 }, { cursor: 'not a cursor!' }]) {
          const error = await store.listAll!(bad as never).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(InvalidArgumentError);
          const field = Object.keys(bad)[0]!;
          expect((error as InvalidArgumentError).issues.map((i) => i.path)).toEqual([field]);
        }
      }));
  });
}

/** Every page of `store.listAll` with the given limit, in order. */
async function listEverything(
  store: TokenStore,
  limit: number,
): Promise<{ pages: Array<Array<Versioned<StoredConnection>>>; items: Array<Versioned<StoredConnection>> }> {
  expect(typeof store.listAll).toBe('function');
  const pages: Array<Array<Versioned<StoredConnection>>> = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await store.listAll!({ cursor, limit });
    expect(page.unlisted ?? 0).toBe(0);
    if (page.items.length > 0) pages.push(page.items);
    if (page.nextCursor === null) break;
    expect(typeof page.nextCursor).toBe('string');
    cursor = page.nextCursor;
    expect(pages.length).toBeLessThan(100_000);
  }
  return { pages, items: pages.flat() };
}
