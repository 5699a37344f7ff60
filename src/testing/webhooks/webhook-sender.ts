import type { TimeScale } from '../../time-scale.js';
import type { RecordChange } from '../accounting/index.js';
import type { GrantRegistry } from '../state/grants.js';
import type { World } from '../world.js';
import { type PostOutcome, postWebhook } from './post-webhook.js';
import type { ResolvedSubscriptionInput } from './subscription-input.js';
import { entropy, xeroSignature } from './webhook-signature.js';
import type {
  SimWebhookAttempt,
  SimWebhookCategory,
  SimWebhookStatus,
  SimWebhookSubscription,
} from './webhook-types.js';

/** One event as Xero's webhook body carries it. */
interface WireEvent {
  resourceUrl: string;
  resourceId: string;
  eventDateUtc: string;
  eventType: 'CREATE' | 'UPDATE';
  eventCategory: SimWebhookCategory;
  tenantId: string;
  tenantType: 'ORGANISATION';
}

/** A batch on its way: the same bytes (and signature) are sent again on every retry, as Xero does. */
interface Batch {
  body: string;
  signature: string;
  events: number;
  firstEventSequence: number;
  attempt: number;
}

interface Subscription {
  readonly input: ResolvedSubscriptionInput;
  status: SimWebhookStatus;
  reason?: string | undefined;
  queue: WireEvent[];
  batch?: Batch | undefined;
  timer?: NodeJS.Timeout | undefined;
  sending: boolean;
  nextSequence: number;
  deliveredBatches: number;
  deliveredEvents: number;
  failedAttempts: number;
  consecutiveFailures: number;
  /** Aborts the request in flight when the subscription is replaced or removed, or the simulator closes. */
  readonly stop: AbortController;
}

const MAX_ATTEMPTS_KEPT = 10_000;

/**
 * The simulator's side of Xero webhooks: a subscription per app, the intent-to-receive check, batches of
 * invoice and contact events (from writes through the API or the control API's accounting model) for
 * the organisations the app is connected to, retries with doubling backoff, and the `failing` mark.
 * Every timer and request belongs to this instance and ends with close().
 */
export class WebhookSender {
  readonly #subscriptions = new Map<string, Subscription>();
  readonly #attempts: SimWebhookAttempt[] = [];
  #closed = false;

  constructor(
    private readonly deps: {
      scale: TimeScale;
      world: World;
      grants: GrantRegistry;
      apiUrl: string;
    },
  ) {}

  /**
   * Replaces the app's subscription and runs Xero's intent-to-receive check: one correctly signed request
   * that must be answered 200, one incorrectly signed that must be answered 401. Resolves once it is known.
   */
  async subscribe(input: ResolvedSubscriptionInput): Promise<SimWebhookSubscription> {
    this.#remove(input.clientId);
    const sub: Subscription = {
      input,
      status: 'pending',
      queue: [],
      sending: false,
      nextSequence: 1,
      deliveredBatches: 0,
      deliveredEvents: 0,
      failedAttempts: 0,
      consecutiveFailures: 0,
      stop: new AbortController(),
    };
    this.#subscriptions.set(input.clientId, sub);
    const failure = await this.#intentToReceive(sub);
    if (sub.stop.signal.aborted) return view(sub);
    sub.status = failure === undefined ? 'ok' : 'intent-failed';
    sub.reason = failure;
    this.#listen();
    return view(sub);
  }

  unsubscribe(clientId: string): boolean {
    const removed = this.#remove(clientId);
    this.#listen();
    return removed;
  }

  subscriptions(): SimWebhookSubscription[] {
    return [...this.#subscriptions.values()].map(view);
  }

  /** Requests made, oldest first (the last 10,000). */
  attempts(clientId?: string): SimWebhookAttempt[] {
    return this.#attempts
      .filter((a) => clientId === undefined || a.clientId === clientId)
      .map((a) => ({ ...a }));
  }

  /** Stops every timer and request. Queued events are dropped with the simulator. Idempotent. */
  close(): void {
    this.#closed = true;
    for (const clientId of [...this.#subscriptions.keys()]) this.#remove(clientId);
    this.#listen();
  }

  /** Writes report changes only while some subscription can deliver them (otherwise writes cost nothing). */
  #listen(): void {
    const active = [...this.#subscriptions.values()].some((s) => s.status === 'ok' || s.status === 'failing');
    this.deps.world.onRecordChanges = active && !this.#closed ? (t, c) => this.#enqueue(t, c) : undefined;
  }

  #remove(clientId: string): boolean {
    const sub = this.#subscriptions.get(clientId);
    if (sub === undefined) return false;
    sub.stop.abort();
    clearTimeout(sub.timer);
    this.#subscriptions.delete(clientId);
    return true;
  }

  #enqueue(tenantId: string, changes: readonly RecordChange[]): void {
    for (const sub of this.#subscriptions.values()) {
      if (sub.status !== 'ok' && sub.status !== 'failing') continue;
      if (!this.#connected(sub.input.clientId, tenantId)) continue;
      for (const change of changes) {
        if (!sub.input.categories.includes(change.category)) continue;
        sub.queue.push(this.#wireEvent(tenantId, change));
      }
      if (sub.queue.length > 0 && sub.batch === undefined) this.#schedule(sub, sub.input.batchWindowMs);
    }
  }

  /** Xero sends an app the events of the organisations it is connected to, by any user. */
  #connected(clientId: string, tenantId: string): boolean {
    for (const userId of this.deps.world.users.keys()) {
      if (this.deps.grants.isConnected(clientId, userId, tenantId)) return true;
    }
    return false;
  }

  #wireEvent(tenantId: string, change: RecordChange): WireEvent {
    const collection = change.category === 'INVOICE' ? 'Invoices' : 'Contacts';
    return {
      resourceUrl: `${this.deps.apiUrl}/api.xro/2.0/${collection}/${change.resourceId}`,
      resourceId: change.resourceId,
      // Xero writes UTC without the zone designator.
      eventDateUtc: new Date(change.at).toISOString().slice(0, -1),
      eventType: change.type,
      eventCategory: change.category,
      tenantId,
      tenantType: 'ORGANISATION',
    };
  }

  /** `xeroMs` of Xero time from now, unless a send is already due or running. */
  #schedule(sub: Subscription, xeroMs: number): void {
    if (sub.timer !== undefined || sub.sending || sub.stop.signal.aborted) return;
    sub.timer = setTimeout(() => {
      sub.timer = undefined;
      void this.#send(sub);
    }, this.deps.scale.ms(xeroMs));
  }

  async #send(sub: Subscription): Promise<void> {
    if (sub.stop.signal.aborted) return;
    sub.batch ??= this.#nextBatch(sub);
    const batch = sub.batch;
    if (batch === undefined) return;
    sub.sending = true;
    const outcome = await this.#post(sub, batch.body, batch.signature);
    sub.sending = false;
    if (sub.stop.signal.aborted) return;
    const ok = isSuccess(outcome);
    this.#record(sub, 'delivery', batch.events, batch.firstEventSequence, batch.attempt, outcome);
    if (ok) {
      sub.batch = undefined;
      sub.deliveredBatches++;
      sub.deliveredEvents += batch.events;
      sub.consecutiveFailures = 0;
      sub.status = 'ok';
      sub.reason = undefined;
      // Events that arrived meanwhile have waited long enough.
      if (sub.queue.length > 0) this.#schedule(sub, 0);
      return;
    }
    batch.attempt++;
    sub.failedAttempts++;
    sub.consecutiveFailures++;
    sub.reason = describe(outcome);
    if (sub.consecutiveFailures >= sub.input.failingAfter) sub.status = 'failing';
    const backoff = sub.input.retryBaseMs * 2 ** (sub.consecutiveFailures - 1);
    this.#schedule(sub, Math.min(backoff, sub.input.retryMaxMs));
  }

  /** Takes up to `maxEventsPerBatch` queued events into one signed body. */
  #nextBatch(sub: Subscription): Batch | undefined {
    const events = sub.queue.splice(0, sub.input.maxEventsPerBatch);
    if (events.length === 0) return undefined;
    const firstEventSequence = sub.nextSequence;
    sub.nextSequence += events.length;
    const body = JSON.stringify({
      events,
      firstEventSequence,
      lastEventSequence: firstEventSequence + events.length - 1,
      entropy: entropy(),
    });
    return {
      body,
      signature: xeroSignature(body, sub.input.key),
      events: events.length,
      firstEventSequence,
      attempt: 1,
    };
  }

  async #intentToReceive(sub: Subscription): Promise<string | undefined> {
    const intentBody = () =>
      JSON.stringify({ events: [], firstEventSequence: 0, lastEventSequence: 0, entropy: entropy() });
    const signedBody = intentBody();
    const signed = await this.#post(sub, signedBody, xeroSignature(signedBody, sub.input.key));
    this.#record(sub, 'intent-signed', 0, 0, 1, signed);
    if (sub.stop.signal.aborted) return 'replaced';
    // The wrong signature is a real HMAC under another key, so only a receiver that verifies refuses it.
    const unsignedBody = intentBody();
    const unsigned = await this.#post(
      sub,
      unsignedBody,
      xeroSignature(unsignedBody, `${sub.input.key}-not-the-key`),
    );
    this.#record(sub, 'intent-unsigned', 0, 0, 1, unsigned);
    if (signed.status !== 200)
      return `a correctly signed intent-to-receive request was answered ${describe(signed)}, not 200`;
    if (unsigned.status !== 401)
      return `an incorrectly signed intent-to-receive request was answered ${describe(unsigned)}, not 401`;
    return undefined;
  }

  #post(sub: Subscription, body: string, signature: string): Promise<PostOutcome> {
    return postWebhook(
      sub.input.url,
      body,
      signature,
      this.deps.scale.ms(sub.input.answerTimeoutMs),
      sub.stop.signal,
    );
  }

  #record(
    sub: Subscription,
    kind: SimWebhookAttempt['kind'],
    events: number,
    firstEventSequence: number,
    attempt: number,
    outcome: PostOutcome,
  ): void {
    this.#attempts.push({
      clientId: sub.input.clientId,
      at: Date.now(),
      kind,
      events,
      firstEventSequence,
      attempt,
      status: outcome.status,
      ok: kind === 'intent-unsigned' ? outcome.status === 401 : isSuccess(outcome),
      ...(outcome.status === undefined ? { error: outcome.error } : {}),
    });
    if (this.#attempts.length > MAX_ATTEMPTS_KEPT)
      this.#attempts.splice(0, this.#attempts.length - MAX_ATTEMPTS_KEPT);
  }
}

function isSuccess(outcome: PostOutcome): boolean {
  return outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300;
}

function describe(outcome: PostOutcome): string {
  return outcome.status === undefined ? `no answer (${outcome.error})` : `HTTP ${outcome.status}`;
}

function view(sub: Subscription): SimWebhookSubscription {
  return {
    clientId: sub.input.clientId,
    url: sub.input.url.href,
    categories: [...sub.input.categories],
    status: sub.status,
    ...(sub.reason !== undefined ? { reason: sub.reason } : {}),
    queuedEvents: sub.queue.length + (sub.batch?.events ?? 0),
    deliveredBatches: sub.deliveredBatches,
    deliveredEvents: sub.deliveredEvents,
    failedAttempts: sub.failedAttempts,
    consecutiveFailures: sub.consecutiveFailures,
  };
}
