/** What the simulator's webhook sender reports; no key ever appears here. */

/** The event categories the simulator produces (what Wise-Sync subscribes to). */
export type SimWebhookCategory = 'INVOICE' | 'CONTACT';

/** A webhook subscription of one app, as `control.subscribeWebhooks` takes it. Durations are Xero time. */
export interface SimWebhookSubscriptionInput {
  /** The app (OAuth client) whose webhook this is: events of the organisations it is connected to. */
  clientId: string;
  /** Where events are POSTed: http(s) on a loopback host (the simulator never calls out). */
  url: string;
  /** The webhook key both sides sign with. */
  key: string;
  /** @default ['INVOICE', 'CONTACT'] */
  categories?: SimWebhookCategory[];
  /** How long changes gather before a batch is sent. @default 1000 */
  batchWindowMs?: number;
  /** Most events in one request. @default 500 */
  maxEventsPerBatch?: number;
  /** How long the receiver has to answer (Xero's rule: 5 seconds). @default 5000 */
  answerTimeoutMs?: number;
  /** First retry delay after a failed delivery; it doubles each time. @default 1000 */
  retryBaseMs?: number;
  /** Longest retry delay. @default 60000 */
  retryMaxMs?: number;
  /** Consecutive failed deliveries after which the subscription is `failing` (it keeps retrying). @default 5 */
  failingAfter?: number;
}

/**
 * `pending`: the intent-to-receive check runs. `ok`: delivering. `intent-failed`: the receiver did not
 * answer the check as Xero requires; nothing is delivered until a new subscription passes it.
 * `failing`: repeated deliveries failed; retries continue and one success makes it `ok` again.
 */
export type SimWebhookStatus = 'pending' | 'ok' | 'intent-failed' | 'failing';

export interface SimWebhookSubscription {
  clientId: string;
  url: string;
  categories: SimWebhookCategory[];
  status: SimWebhookStatus;
  /** Why the intent-to-receive check failed, or the last delivery failure. */
  reason?: string | undefined;
  /** Events waiting to be delivered (including the batch being retried). */
  queuedEvents: number;
  /** Batches the receiver acknowledged. */
  deliveredBatches: number;
  deliveredEvents: number;
  /** Failed delivery attempts, in total and since the last success. */
  failedAttempts: number;
  consecutiveFailures: number;
}

/** One request the sender made. */
export interface SimWebhookAttempt {
  clientId: string;
  /** Real epoch ms the request was sent. */
  at: number;
  kind: 'intent-signed' | 'intent-unsigned' | 'delivery';
  events: number;
  firstEventSequence: number;
  /** 1 for a batch's first delivery, 2 for its first retry… */
  attempt: number;
  /** The receiver's status, or undefined when it did not answer (refused, timed out). */
  status: number | undefined;
  ok: boolean;
  error?: string | undefined;
}
