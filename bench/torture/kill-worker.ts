/**
 * One worker of the kill trials (bundled by bench/torture/kill-trials.ts and run with plain `node`, so
 * hundreds of short lives do not each pay for a TypeScript loader). The parent starts it ahead of need (a
 * spare: the bundle is loaded while the lane's previous worker still runs) and hands it its
 * {@link WorkerConfig} as one JSON line on stdin (or argv[2]). The worker pays its work items one by one —
 * each with the idempotency key of its item — with a read before each payment, then keeps reading until
 * `idleMs` passed. The parent expires every access token at Xero every few seconds, so the worker keeps
 * refreshing; it SIGKILLs the worker at a random moment.
 *
 * Resuming a payment is done as a careful host app must: an idempotency key protects a resend only while
 * Xero remembers it (about 6 minutes from the first write it saw), so when the item's first send is older
 * than `reconcileAfterMs`, the worker first asks Xero whether the payment was applied (payments with the
 * item's Reference on its invoice) and resends only if not.
 *
 * Every line on stdout is JSON, written synchronously (so a line the parent sees was really reached):
 * `{ready}` once built; markers `{m:'R'}`/`{m:'r'}` around a refresh's critical section (the refresh lock
 * held), `{m:'P'}`/`{m:'p'}` around storing a rotated token set, `{m:'Q',item}` as a reconciliation starts,
 * `{m:'Y',item,firstSentAt}` as a payment is sent (`firstSentAt`: when this item's key was first sent, the
 * record a host keeps durably; the parent hands it to the next worker); `{done,paymentId,reconciled?}` once
 * an item's payment is confirmed (`reconciled`: found at Xero, not sent again); `{notApplied}` when a
 * reconciliation found nothing; `{fail,code}` when one attempt failed; `{finished,errors}` at a normal end.
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
  /**
   * When this item's payment was first sent with its key (epoch ms), or absent when never: the record a
   * host app keeps with the work item (here the parent keeps it from the workers' `Y` lines).
   */
  firstSentAt?: number;
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
  /**
   * Real ms after an item's first send beyond which its key may be forgotten by Xero: a resend then waits
   * for a reconciliation. Kept below Xero's ~6 minutes (scaled), like the SDK's own 5-minute limit.
   */
  reconcileAfterMs: number;
}

const emit = (line: Record<string, unknown>): void => {
  writeSync(1, `${JSON.stringify(line)}\n`);
};

/** argv[2], else the first line on stdin (a spare is loaded before the parent knows its work). */
async function readConfig(): Promise<WorkerConfig> {
  if (process.argv[2] !== undefined) return JSON.parse(process.argv[2]) as WorkerConfig;
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    const nl = text.indexOf('\n');
    if (nl !== -1) {
      process.stdin.destroy();
      return JSON.parse(text.slice(0, nl)) as WorkerConfig;
    }
  }
  throw new Error('stdin closed before a config arrived'); // the parent is gone: end quietly with it
}

const loadedCpu = process.cpuUsage();
const loadedAt = performance.now();
const config = await readConfig();
const configAt = performance.now();

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
{
  // What a worker's start costs (the parent reports averages): CPU to load, then wall and CPU to open.
  const cpu = process.cpuUsage(loadedCpu);
  emit({
    ready: true,
    loadCpuMs: Math.round((loadedCpu.user + loadedCpu.system) / 1000),
    loadMs: Math.round(loadedAt),
    waitedMs: Math.round(configAt - loadedAt),
    openMs: Math.round(performance.now() - configAt),
    openCpuMs: Math.round((cpu.user + cpu.system) / 1000),
  });
}

/**
 * The item's payment as Xero has it (its PaymentID), or undefined when Xero has none: what a host asks
 * before resending a payment whose key Xero may have forgotten.
 */
async function paymentAtXero(item: WorkItem): Promise<string | undefined> {
  const where = `Reference=="${item.id}" AND Invoice.InvoiceID==Guid("${item.invoiceId}") AND Status=="AUTHORISED"`;
  const [payment] = await client.payments.list({ where }).toArray();
  return payment === undefined ? undefined : (payment.PaymentID ?? 'unknown');
}

const errors: Record<string, number> = {};
for (const item of config.items) {
  // Bounded: an item that keeps failing is left for the next worker (and reported by the parent).
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await client.organisation.get();
      if (item.firstSentAt !== undefined && Date.now() - item.firstSentAt >= config.reconcileAfterMs) {
        emit({ m: 'Q', item: item.id });
        const paymentId = await paymentAtXero(item);
        if (paymentId !== undefined) {
          emit({ done: item.id, paymentId, reconciled: true });
          break;
        }
        // Never applied: the resend below is a first write as far as Xero's memory of the key goes.
        delete item.firstSentAt;
        emit({ notApplied: item.id });
      }
      item.firstSentAt ??= Date.now();
      emit({ m: 'Y', item: item.id, firstSentAt: item.firstSentAt });
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
