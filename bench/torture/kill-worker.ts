/**
 * One worker of the kill trials (bundled by bench/torture/kill-trials.ts and run with plain `node`, so
 * hundreds of short lives do not each pay for a TypeScript loader). argv[2] is a {@link WorkerConfig} as
 * JSON. The worker pays its work items one by one — each with the idempotency key of its item — with a read
 * before each payment, then keeps reading until `idleMs` passed. The parent expires every access token at
 * Xero every few hundred ms, so the worker keeps refreshing; it SIGKILLs the worker at a random moment.
 *
 * Every line on stdout is JSON, written synchronously (so a line the parent sees was really reached):
 * `{ready}` once built; markers `{m:'R'}`/`{m:'r'}` around a refresh's critical section (the refresh lock
 * held), `{m:'P'}`/`{m:'p'}` around storing a rotated token set, `{m:'Y',item}` as a payment starts;
 * `{done,paymentId}` once an item's payment is confirmed; `{fail,code}` when one attempt failed;
 * `{finished,errors}` at a normal end.
 */
import { writeSync } from 'node:fs';
import type { RefreshLock, TokenStore } from '../../src/stores/token-store.js';
import { openBackend, type StoreTarget, type XeroEndpoints } from './backends.js';
import { delay, errorCode, tally } from './common.js';

export interface WorkItem {
  id: string;
  invoiceId: string;
  amount: number;
  /** Derived from the work item, so a restarted worker sends the very same write. */
  idempotencyKey: string;
}

export interface WorkerConfig {
  target: StoreTarget;
  xero: XeroEndpoints;
  timeScale: number;
  accountId: string;
  items: WorkItem[];
  /** How long to keep reading after the last item, in real ms. */
  idleMs: number;
  /** Fixed payment date: part of the request Xero fingerprints with the idempotency key. */
  paymentDate: string;
}

const emit = (line: Record<string, unknown>): void => {
  writeSync(1, `${JSON.stringify(line)}\n`);
};

const config = JSON.parse(process.argv[2] ?? '') as WorkerConfig;

const markedLock = (inner: RefreshLock): RefreshLock => ({
  run: (key, ttlMs, fn, options) =>
    inner.run(
      key,
      ttlMs,
      async () => {
        emit({ m: 'R' });
        try {
          return await fn();
        } finally {
          emit({ m: 'r' });
        }
      },
      options,
    ),
  close: () => inner.close?.() ?? Promise.resolve(),
});

// A Proxy keeps every method the store has (the interface grows), and only marks rotations (expected ≠ null).
const markedStore = (inner: TokenStore): TokenStore =>
  new Proxy(inner, {
    get(target, prop) {
      if (prop === 'put') {
        const put: TokenStore['put'] = async (value, expected) => {
          if (expected === null) return target.put(value, expected);
          emit({ m: 'P' });
          try {
            return await target.put(value, expected);
          } finally {
            emit({ m: 'p' });
          }
        };
        return put;
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

const backend = await openBackend(config.target, config.xero, config.timeScale, {
  store: markedStore,
  lock: markedLock,
});
const client = backend.host.pool({ accountId: config.accountId, apps: 'wisepay' }).role('wisepay');
emit({ ready: true });

const errors: Record<string, number> = {};
for (const item of config.items) {
  // Bounded: an item that keeps failing is left for the next worker (and reported by the parent).
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await client.organisation.get();
      emit({ m: 'Y', item: item.id });
      const [result] = await client.payments.create(
        [
          {
            Invoice: { InvoiceID: item.invoiceId },
            Account: { Code: '090' },
            Date: config.paymentDate,
            Amount: item.amount,
            Reference: item.id,
          },
        ],
        { idempotencyKey: item.idempotencyKey },
      );
      if (result?.ok === true) {
        emit({ done: item.id, paymentId: result.value?.PaymentID });
        break;
      }
      tally(errors, 'validation');
      emit({ fail: item.id, code: 'validation', errors: result?.errors ?? [] });
      break; // Xero refused the element itself: another attempt would get the same answer.
    } catch (error) {
      tally(errors, errorCode(error));
      emit({ fail: item.id, code: errorCode(error) });
      await delay(50);
    }
  }
}

const until = Date.now() + config.idleMs;
while (Date.now() < until) {
  try {
    await client.organisation.get();
  } catch (error) {
    tally(errors, errorCode(error));
  }
  await delay(10);
}
await backend.close();
emit({ finished: true, errors });
