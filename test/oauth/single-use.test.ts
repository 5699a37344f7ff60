import { afterEach, describe, expect, it } from 'vitest';
import { AuthorizationCallbackError } from '../../src/errors/connection-errors.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import type { TokenStore } from '../../src/stores/token-store.js';
import { DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID } from '../../src/testing/index.js';
import { connectRole, consentCallback, type Harness, startHarness } from './support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A memory store that counts successful writes. */
function countingStore(): TokenStore & { writes: number } {
  const inner = new MemoryTokenStore();
  const store = {
    writes: 0,
    get: (a: string, r: never) => inner.get(a, r),
    put: async (value: Parameters<TokenStore['put']>[0], expected: number | null) => {
      const result = await inner.put(value, expected);
      if (result.ok) store.writes++;
      return result;
    },
    delete: (a: string, r: never, v?: number) => inner.delete(a, r, v),
    list: (a: string) => inner.list(a),
  };
  return store;
}

describe('authorization state and organisation choice are single use, and only for their account', () => {
  it('a callback delivered to the wrong account leaves the right account’s state usable', async () => {
    h = await startHarness();
    const right = h.make({ accountId: 'acct-right' }).connections;
    const wrong = h.make({ accountId: 'acct-wrong' }).connections;
    const callback = await consentCallback(h, right, 'company');

    const refused = await h.witness.rejection(wrong.completeConnect(callback));
    expect(refused).toBeInstanceOf(AuthorizationCallbackError);
    expect((refused as AuthorizationCallbackError).failure).toBe('unknown_state');
    expect(await h.store.list('acct-wrong')).toEqual([]);

    // The state was not burnt: the right account completes the very same callback.
    expect(await right.completeConnect(callback)).toMatchObject({ status: 'connected', role: 'company' });
    expect((await h.store.list('acct-right')).map((r) => r.value.role)).toEqual(['company']);
    // And it stays single use.
    const replay = await h.witness.rejection(right.completeConnect(callback));
    expect((replay as AuthorizationCallbackError).failure).toBe('unknown_state');
  });

  it('a cancelled consent delivered to the wrong account does not consume the state either', async () => {
    h = await startHarness();
    const right = h.make({ accountId: 'acct-right' }).connections;
    const wrong = h.make({ accountId: 'acct-wrong' }).connections;
    const begun = await right.beginConnect('wisepay');
    const denied = await h.sim.control.denyConsent(begun.authorizationUrl);
    await h.witness.rejection(wrong.completeConnect(denied));
    expect(await h.pending.peek(begun.state)).toMatchObject({ accountId: 'acct-right' });
    const error = await h.witness.rejection(right.completeConnect(denied));
    expect((error as AuthorizationCallbackError).failure).toBe('access_denied');
    expect(await h.pending.peek(begun.state)).toBeNull();
  });

  it('two concurrent chooseOrganisation calls with one selection token: exactly one stores', async () => {
    const store = countingStore();
    h = await startHarness({ store });
    const { connections, events } = h.make();
    const result = await connectRole(h, connections, 'wisepay', {
      tenantIds: [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID],
    });
    if (result.status !== 'choose_organisation') throw new Error(`expected a choice, got ${result.status}`);
    expect(store.writes).toBe(0);

    const outcomes = await Promise.allSettled([
      connections.chooseOrganisation(result.selectionToken, DEMO_TENANT_ID),
      connections.chooseOrganisation(result.selectionToken, NEW_COMPANY_TENANT_ID),
    ]);
    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
    const rejected = outcomes.filter((o) => o.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const error = h.witness.error((rejected[0] as PromiseRejectedResult).reason);
    expect(error).toBeInstanceOf(AuthorizationCallbackError);
    expect((error as AuthorizationCallbackError).failure).toBe('unknown_state');
    expect(store.writes).toBe(1);
    expect(events.named('tokens:refreshed')).toHaveLength(1);
    const stored = await h.store.list('acct-1');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.value.tenantId).toBe(
      (fulfilled[0] as PromiseFulfilledResult<{ tenantId: string }>).value.tenantId,
    );
  });
});
