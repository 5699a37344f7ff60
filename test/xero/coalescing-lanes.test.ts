import { describe, expect, it } from 'vitest';
import { XeroUnavailableError, XeroValidationError } from '../../src/errors/api-errors.js';
import { DayLimitExceededError } from '../../src/errors/rate-limit-error.js';
import { AbortedError } from '../../src/errors/timing-errors.js';
import type { BatchItemResult, BatchWrite } from '../../src/xero/batch.js';
import type { XeroRequest, XeroResponse } from '../../src/xero/call-pipeline.js';
import { EndpointCoalescer } from '../../src/xero/coalescing/endpoint-coalescer.js';
import type { CheckedCall, EndpointCaller } from '../../src/xero/endpoints/endpoint-caller.js';
import { envelopeSchema } from '../../src/xero/schemas/common.js';
import { contactSchema } from '../../src/xero/schemas/contact.js';

/**
 * The lane's bookkeeping, driven step by step: a scripted caller stands in for the pipeline and decides
 * when each request is granted its slot (its body is built then) and how it ends. The HTTP path itself
 * is covered by coalescing-writes.test.ts and coalescing-reads.test.ts against the simulator.
 */
interface Sent {
  request: XeroRequest;
  call: CheckedCall;
  key: string | undefined;
  body: { Contacts: Array<{ Name: string }> } | undefined;
  settle(outcome: { answer: (name: string) => object } | { error: unknown }): void;
  /** Builds the body, as the pipeline does when the request is granted its first slot. */
  grant(): boolean;
}

class ScriptedCaller implements EndpointCaller {
  readonly sent: Sent[] = [];
  check(options: unknown): CheckedCall {
    const o = (options ?? {}) as { signal?: AbortSignal; priority?: 'batch' | 'interactive' };
    return {
      priority: o.priority ?? 'batch',
      timeoutMs: 1000,
      signal: o.signal,
      deadline: undefined,
      idempotencyKey: undefined,
    };
  }
  send<T>(request: XeroRequest, call: CheckedCall, key: string | undefined): Promise<XeroResponse<T>> {
    return new Promise((resolve, reject) => {
      let granted = false;
      const entry: Sent = {
        request,
        call,
        key,
        body: undefined,
        grant: () => {
          if (granted) return true;
          granted = true;
          try {
            entry.body = request.deferredData?.() as Sent['body'];
            return true;
          } catch (error) {
            reject(error);
            return false;
          }
        },
        settle: (outcome) => {
          if ('error' in outcome) return reject(outcome.error);
          const data = { Contacts: entry.body!.Contacts.map((c) => outcome.answer(c.Name)) };
          resolve({ status: 200, headers: {}, data: data as T, meta: META });
        },
      };
      // As the limits engine: a request still queued when its signal fires is dropped, unsent.
      call.signal?.addEventListener('abort', () => {
        if (!granted) reject(new AbortedError('aborted while queued', {}));
      });
      this.sent.push(entry);
    });
  }
}

const META = {
  accountId: 'a',
  role: 'company' as const,
  connectionRole: 'company' as const,
  tenantId: 't',
  method: 'PUT',
  path: '/api.xro/2.0/Contacts',
  attempts: 1,
};
const WRITE: Omit<BatchWrite, 'items'> = {
  method: 'PUT',
  path: '/Contacts',
  collection: 'Contacts',
  envelope: envelopeSchema('Contacts', contactSchema),
};
const ok = (name: string) => ({ ContactID: `id-${name}`, Name: name, StatusAttributeString: 'OK' });
const tick = () => new Promise((r) => setImmediate(r));

function names(prefix: string, n: number) {
  return Array.from({ length: n }, (_, i) => ({ Name: `${prefix}-${i}` }));
}

describe('coalescing lanes', () => {
  it('launches one request per 50 elements waiting, takes whole callers in arrival order, never more than 50', async () => {
    const caller = new ScriptedCaller();
    const merge = new EndpointCoalescer(caller);
    const calls = [30, 30, 30, 10].map((n, i) =>
      merge.write<{ Name?: string }>({ ...WRITE, items: names(`c${i}`, n) }, undefined),
    );
    await tick();
    // 100 elements waiting: two requests queued for slots.
    expect(caller.sent).toHaveLength(2);
    caller.sent[1]!.grant();
    // The first request granted takes caller 0 only (30 + 30 > 50); 70 left need a third request.
    expect(caller.sent[1]!.body!.Contacts).toHaveLength(30);
    await tick();
    expect(caller.sent).toHaveLength(3);
    caller.sent[0]!.grant();
    caller.sent[2]!.grant();
    expect(caller.sent[0]!.body!.Contacts.map((c) => c.Name)).toEqual(names('c1', 30).map((c) => c.Name));
    expect(caller.sent[2]!.body!.Contacts.map((c) => c.Name)).toEqual([
      ...names('c2', 30).map((c) => c.Name),
      ...names('c3', 10).map((c) => c.Name),
    ]);
    for (const s of caller.sent) s.settle({ answer: ok });
    const results = await Promise.all(calls);
    results.forEach((r, i) => {
      expect(r.map((x) => x.value?.Name)).toEqual(names(`c${i}`, r.length).map((c) => c.Name));
      expect(r.map((x) => x.index)).toEqual(r.map((_, j) => j));
    });
    // Three requests, three keys; every element sent exactly once.
    expect(new Set(caller.sent.map((s) => s.key)).size).toBe(3);
    const all = caller.sent.flatMap((s) => s.body!.Contacts.map((c) => c.Name));
    expect(all).toHaveLength(100);
    expect(new Set(all).size).toBe(100);
  });

  it('a 400 naming elements reaches each caller with its own elements, at its own indexes', async () => {
    const caller = new ScriptedCaller();
    const merge = new EndpointCoalescer(caller);
    const a = merge.write({ ...WRITE, items: names('a', 3) }, undefined);
    const b = merge.write({ ...WRITE, items: names('b', 2) }, undefined);
    const c = merge.write({ ...WRITE, items: names('c', 1) }, undefined);
    await tick();
    caller.sent[0]!.grant();
    caller.sent[0]!.settle({
      error: new XeroValidationError('A validation exception occurred', {
        method: 'PUT',
        path: '/api.xro/2.0/Contacts',
        status: 400,
        elements: [
          { index: 1, messages: ['a-1 is bad'] },
          { index: 4, messages: ['b-1 is bad'] },
        ],
      }),
    });
    const [ra, rb, rc] = await Promise.allSettled([a, b, c]);
    const ea = (ra as PromiseRejectedResult).reason as XeroValidationError;
    const eb = (rb as PromiseRejectedResult).reason as XeroValidationError;
    const ec = (rc as PromiseRejectedResult).reason as XeroValidationError;
    expect(ea.elements).toEqual([{ index: 1, messages: ['a-1 is bad'] }]);
    expect(eb.elements).toEqual([{ index: 1, messages: ['b-1 is bad'] }]);
    expect(ec).toBeInstanceOf(XeroValidationError);
    expect(ec.elements).toEqual([]);
    expect(ec.status).toBe(400);
    expect(ec.cause).toBeInstanceOf(XeroValidationError);
  });

  it('a request refused before its slot fails the callers it was launched for, once; no loop of new requests', async () => {
    const caller = new ScriptedCaller();
    const merge = new EndpointCoalescer(caller);
    const calls = Array.from({ length: 70 }, (_, i) =>
      merge.write<{ Name?: string }>({ ...WRITE, items: [{ Name: `d-${i}` }] }, undefined),
    );
    // Observed from the start: the first 50 settle while the test still drives the second request.
    const outcomes = calls.map((p) =>
      p.then(
        (value) => ({ status: 'fulfilled' as const, value }),
        (reason: unknown) => ({ status: 'rejected' as const, reason }),
      ),
    );
    await tick();
    expect(caller.sent).toHaveLength(2);
    const refusal = new DayLimitExceededError('The day limit of this connection is spent', {});
    caller.sent[0]!.settle({ error: refusal });
    await tick();
    // The first 50 callers got the refusal; the other 20 still have the second request waiting for them.
    const early = await Promise.all(outcomes.slice(0, 50));
    expect(early.every((o) => o.status === 'rejected' && o.reason === refusal)).toBe(true);
    expect(caller.sent).toHaveLength(2);
    caller.sent[1]!.grant();
    caller.sent[1]!.settle({ answer: ok });
    const late = await Promise.all(calls.slice(50));
    expect(late.map((r) => r[0]!.value?.Name)).toEqual(
      names('d', 70)
        .slice(50)
        .map((c) => c.Name),
    );
  });

  it('random arrivals, aborts, grants and failures: every element is sent at most once and every caller settles', async () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 5; round++) {
      const caller = new ScriptedCaller();
      const merge = new EndpointCoalescer(caller);
      const members: Array<{
        items: Array<{ Name: string }>;
        controller: AbortController;
        outcome?: PromiseSettledResult<Array<BatchItemResult<{ Name?: string }>>>;
      }> = [];
      const promises: Array<Promise<unknown>> = [];
      const handled = new Set<Sent>();
      for (let step = 0; step < 400; step++) {
        const r = random();
        if (r < 0.5) {
          const n = 1 + Math.floor(random() * 6);
          const m = { items: names(`r${round}m${members.length}`, n), controller: new AbortController() };
          members.push(m);
          promises.push(
            merge
              .write<{ Name?: string }>({ ...WRITE, items: m.items }, { signal: m.controller.signal })
              .then(
                (value) => {
                  (m as (typeof members)[number]).outcome = { status: 'fulfilled', value };
                },
                (reason: unknown) => {
                  (m as (typeof members)[number]).outcome = { status: 'rejected', reason };
                },
              ),
          );
        } else if (r < 0.7 && members.length > 0) {
          // Mostly recent callers: some still in the buffer, some already taken into a request.
          const recent = Math.max(0, members.length - 8);
          members[recent + Math.floor(random() * (members.length - recent))]!.controller.abort();
        } else {
          const open = caller.sent.filter((s) => !handled.has(s));
          const s = open[Math.floor(random() * open.length)];
          if (s !== undefined) {
            handled.add(s);
            if (s.grant()) {
              const fail = random() < 0.15;
              s.settle(fail ? { error: new XeroUnavailableError('Xero is down', {}) } : { answer: ok });
            }
          }
        }
        await tick();
      }
      // Drain: grant whatever is still queued until nothing is left.
      for (;;) {
        const open = caller.sent.filter((s) => !handled.has(s));
        if (open.length === 0) break;
        for (const s of open) {
          handled.add(s);
          if (s.grant()) s.settle({ answer: ok });
        }
        await tick();
      }
      await Promise.all(promises);

      const sentNames = caller.sent.flatMap((s) => s.body?.Contacts.map((c) => c.Name) ?? []);
      expect(new Set(sentNames).size).toBe(sentNames.length);
      const sent = new Set(sentNames);
      const seen = { written: 0, failed: 0, leftUnsent: 0 };
      for (const m of members) {
        expect(m.outcome).toBeDefined();
        const inFlight = m.items.filter((i) => sent.has(i.Name)).length;
        // A caller's elements travel together, or not at all.
        expect([0, m.items.length]).toContain(inFlight);
        if (inFlight === 0) {
          // Never sent: only a caller that aborted while it waited; it is told so, typed (never dropped).
          expect(m.outcome!.status).toBe('rejected');
          expect((m.outcome as PromiseRejectedResult).reason).toBeInstanceOf(AbortedError);
          expect(m.controller.signal.aborted).toBe(true);
        } else if (m.outcome!.status === 'fulfilled') {
          expect(m.outcome!.value.map((x) => x.value?.Name)).toEqual(m.items.map((i) => i.Name));
        } else {
          expect(m.outcome!.reason).toBeInstanceOf(XeroUnavailableError);
        }
        if (m.outcome!.status === 'rejected' && m.outcome!.reason instanceof AbortedError) {
          expect(inFlight).toBe(0);
          expect(m.controller.signal.aborted).toBe(true);
        }
        if (inFlight === 0) seen.leftUnsent++;
        else if (m.outcome!.status === 'fulfilled') seen.written++;
        else seen.failed++;
      }
      // The round exercised every path, not only the happy one.
      expect(seen.written).toBeGreaterThan(0);
      expect(seen.failed).toBeGreaterThan(0);
      expect(seen.leftUnsent).toBeGreaterThan(0);
    }
  });
});
