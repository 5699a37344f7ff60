import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { AuthorizationCallbackError, type CallbackFailure } from '../../src/errors/connection-errors.js';
import { sleep } from '../../src/time-scale.js';
import { consentCallback, type Harness, startHarness } from './support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function expectRefused(promise: Promise<unknown>, failure: CallbackFailure): Promise<void> {
  const error = await h!.witness.rejection(promise);
  expect(error).toBeInstanceOf(AuthorizationCallbackError);
  expect((error as AuthorizationCallbackError).failure).toBe(failure);
  expect((error as AuthorizationCallbackError).code).toBe('ERR_AUTHORIZATION_CALLBACK');
}

describe('bad authorization callbacks: typed errors, nothing stored', () => {
  it('refuses cancelled, stateless, forged, code-less, expired and replayed callbacks', async () => {
    h = await startHarness({ settings: { authorizationTtlMs: 60_000 } }); // 300 ms at the 0.005 scale
    const { connections } = h.make();
    const tokenCallsBefore = h.sim.control.counters().tokenRequests;

    // The user pressed Cancel on Xero's consent screen.
    const begun = await connections.beginConnect('wisepay');
    await expectRefused(
      connections.completeConnect(await h.sim.control.denyConsent(begun.authorizationUrl)),
      'access_denied',
    );
    // Xero reported some other error.
    const other = await connections.beginConnect('wisepay');
    await expectRefused(
      connections.completeConnect({ error: 'server_error', error_description: 'boom', state: other.state }),
      'provider_error',
    );

    const callback = new URL(await consentCallback(h, connections, 'wisepay'));
    const code = callback.searchParams.get('code')!;
    const state = callback.searchParams.get('state')!;
    // No state at all; a state never issued; a missing code.
    await expectRefused(connections.completeConnect({ code }), 'missing_state');
    await expectRefused(connections.completeConnect({ code, state: 'forged-state-value' }), 'unknown_state');
    const noCode = await connections.beginConnect('wisepay');
    await expectRefused(connections.completeConnect(`?state=${noCode.state}`), 'missing_code');
    // No token request was made for any of these.
    expect(h.sim.control.counters().tokenRequests).toBe(tokenCallsBefore);

    // The genuine callback works once; replaying it is refused (the state is single use).
    expect(await connections.completeConnect(callback.href)).toMatchObject({ status: 'connected' });
    await h.store.delete('acct-1', 'wisepay'); // so "nothing stored" below is checked from empty
    await expectRefused(connections.completeConnect(callback.href), 'unknown_state');
    // The used code under a fresh, valid state: Xero refuses the code.
    const fresh = await connections.beginConnect('wisepay');
    await expectRefused(connections.completeConnect({ code, state: fresh.state }), 'code_rejected');

    // A state older than the authorization TTL.
    const late = await consentCallback(h, connections, 'company');
    await sleep(400);
    await expectRefused(connections.completeConnect(late), 'expired_state');

    expect(await h.store.list('acct-1')).toEqual([]);
    expect((await connections.status()).every((r) => r.health === 'not_connected')).toBe(true);
    expect(state).not.toBe(fresh.state);
  });

  it('a state begun by another account is refused as unknown', async () => {
    h = await startHarness();
    const mine = h.make({ accountId: 'acct-mine' }).connections;
    const theirs = h.make({ accountId: 'acct-theirs' }).connections;
    const callback = await consentCallback(h, theirs, 'wisepay');
    await expectRefused(mine.completeConnect(callback), 'unknown_state');
    expect(await h.store.list('acct-mine')).toEqual([]);
    expect(await h.store.list('acct-theirs')).toEqual([]);
  });

  it('an unparseable callback argument is an InvalidArgumentError', async () => {
    h = await startHarness();
    const { connections } = h.make();
    await connections.beginConnect('service');
    for (const bad of ['http://[bad', 42 as never, null as never]) {
      const error = await h.witness.rejection(connections.completeConnect(bad));
      expect(error).toBeInstanceOf(InvalidArgumentError);
    }
    expect(await h.store.list('acct-1')).toEqual([]);
  });
});
