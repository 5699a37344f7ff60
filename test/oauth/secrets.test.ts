import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConnectionBrokenError } from '../../src/errors/connection-errors.js';
import { connectRole, startHarness } from './support/harness.js';

// Every scenario in test/oauth runs through the harness, whose close() fails the test if any token, refresh
// token, authorization code, PKCE verifier, nonce or client secret of the scenario appears in a log line
// (debug included), an error (message, JSON.stringify, util.inspect with causes) or an event payload.
describe('secrets scan', () => {
  it('is not vacuous: a token that reaches a log line is caught', async () => {
    const h = await startHarness();
    try {
      const { connections } = h.make();
      await connectRole(h, connections, 'wisepay');
      const token = (await connections.connection('wisepay').credentials()).accessToken;
      expect(h.witness.leaks()).toEqual([]);
      // A careless log through a NON-redacting path would be caught:
      h.witness.lines.push(`refreshed with ${token.split('.')[1]}`);
      expect(h.witness.leaks()).toEqual([]); // a JWT segment alone is not the token…
      h.witness.lines.push(`raw ${token}`);
      expect(h.witness.leaks()).toEqual([token]); // …the token is
      h.witness.lines.length = 0;
      // The redacting logger scrubs even if code logged it by mistake.
      h.witness.logger.error(`oops Bearer ${token}`, {
        accessToken: token,
        nested: { text: `token=${token}` },
      });
      expect(h.witness.leaks()).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('errors of a broken connection carry no secret, in any serialisation', async () => {
    const h = await startHarness();
    try {
      const { connections } = h.make();
      await connectRole(h, connections, 'company');
      h.sim.control.revokeGrant({ clientId: 'company-client', userId: 'user-1' });
      h.sim.control.expireAccessTokens();
      const error = await h.witness.rejection(
        connections
          .connection('company')
          .refreshAfterRejection((await h.store.get('acct-1', 'company'))!.value.accessToken),
      );
      expect(error).toBeInstanceOf(ConnectionBrokenError);
      expect(h.witness.leaks()).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('util.inspect with showHidden and depth Infinity shows no secret of an error, the store or the lifecycle', async () => {
    const h = await startHarness();
    try {
      const { connections } = h.make();
      await connectRole(h, connections, 'wisepay');
      await connectRole(h, connections, 'company');
      // A begun connect stays pending: its verifier and nonce sit in the pending store.
      await connections.beginConnect('service');
      h.sim.control.revokeGrant({ clientId: 'company-client', userId: 'user-1' });
      h.sim.control.expireAccessTokens();
      const error = await h.witness.rejection(
        connections
          .connection('company')
          .refreshAfterRejection((await h.store.get('acct-1', 'company'))!.value.accessToken),
      );
      const full = { depth: Infinity, showHidden: true } as const;
      // The harness's scan (run by close()) reads these lines for every token, code, verifier and nonce.
      for (const value of [error, connections, h.store, h.pending, h.lock, h.identity]) {
        h.witness.lines.push(inspect(value, full), inspect(value, { ...full, getters: true }));
      }
      expect(h.witness.leaks()).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
