import type { CallConnection, CallCredentials, CallSubject } from '../contracts/call.js';
import { TokenExpiredError, XeroUnavailableError } from '../errors/api-errors.js';
import { DayLimitExceededError, RateLimitError } from '../errors/rate-limit-error.js';
import { AbortedError, TimeoutError } from '../errors/timing-errors.js';
import type { ErrorContext, XeroConnectionsError } from '../errors/xero-connections-error.js';
import type { CallGrant, LimitKey, LimitsEngine, RemainingQuota } from '../limits/limits-engine.js';
import { OutageHold } from '../limits/outage-hold.js';
import { LocalOutageStore } from '../limits/outage-store.js';
import { parseRateLimitHeaders, type RateLimitHeaders } from '../limits/rate-limit-headers.js';
import type { Logger } from '../logger.js';
import type { Role } from '../roles.js';
import { sleep, type TimeScale } from '../time-scale.js';
import { withCallContext } from './error-context.js';
import { classifyResponse, type ResponseOutcome } from './error-mapping.js';
import { type HttpTransport, TransportFailure, type TransportResponse } from './http-transport.js';
import { type OutageCallState, OutageWaits, outageScopes } from './outage-waits.js';
import { type QueryValue, resolveTarget } from './request-target.js';
import {
  backoffDelay,
  DEFAULT_MAX_OUTAGE_WAIT_MS,
  IDEMPOTENCY_WINDOW_MS,
  mayRetryTransient,
  type RetrySettings,
} from './retry-policy.js';
import { toXeroJson } from './xero-date.js';

/** A raw request to Xero. `path` is under `/api.xro/2.0` unless it starts with `/connections` or `/api.`. */
export interface XeroRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  params?: Record<string, QueryValue> | undefined;
  /** JSON body; `Date` values are sent in Xero's ISO form. */
  data?: unknown;
  /**
   * A body built when the call is granted its first slot instead of up front (ignored when `data` is
   * set). Writes that queue behind a bound limit can so merge into the request that goes next. Built
   * once: every retry sends the same bytes under the same idempotency key. Internal: `request()` refuses it.
   * @internal
   */
  deferredData?: (() => unknown) | undefined;
  /**
   * Query parameters built when the call is granted its first slot, merged over `params` (reads by id
   * merge so). Built once, like `deferredData`: every retry sends the same URL. Internal, like `deferredData`.
   * @internal
   */
  deferredParams?: (() => Record<string, QueryValue>) | undefined;
  /** Extra headers (e.g. `If-Modified-Since`). `Authorization` and `xero-tenant-id` are always the SDK's. */
  headers?: Record<string, string> | undefined;
  /** A byte body (an attachment upload), sent as is with its content type instead of `data`. At most 10 MB. */
  rawBody?: { bytes: Uint8Array; contentType: string } | undefined;
  /** `bytes`: a successful answer's `data` is its raw bytes (`Uint8Array`, e.g. an attachment), not JSON. @default 'json' */
  responseType?: 'json' | 'bytes' | undefined;
}

/** A successful answer. */
export interface XeroResponse<T = unknown> {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON (undefined for an empty body or 304). */
  data: T;
  /** Which connection served the call, and how. */
  meta: CallMeta;
}

export interface CallMeta {
  accountId: string | undefined;
  /** The role the call was made for. */
  role: Role | undefined;
  /** The connection that served it (the primary role when multi-connection is off). */
  connectionRole: Role | undefined;
  tenantId: string | undefined;
  method: string;
  /** Path without the query string. */
  path: string;
  /** HTTP attempts it took (retries included). */
  attempts: number;
}

/** Per-call settings after defaults. */
export interface ResolvedCallOptions {
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  /** Epoch ms by which the first attempt must have started. */
  deadline?: number | undefined;
  /** Sent on every attempt of a write; undefined for reads (and for writes that opted out). */
  idempotencyKey?: string | undefined;
}

export interface CallPipelineDeps {
  transport: HttpTransport;
  limits: LimitsEngine;
  logger: Logger;
  timeScale: TimeScale;
  apiUrl: string;
  retry: RetrySettings;
}

/**
 * The path of every call to Xero: credentials → the limits engine (per (app, tenant), and per app) → one
 * HTTP attempt → headers resync the engine → the answer is mapped: 429s pause and retry (the day limit
 * fails at once), one refresh-and-retry on an expired token, bounded retries with jittered backoff for
 * outages (writes only with their idempotency key), and typed errors naming the call.
 */
export class CallPipeline {
  /** Calls wait here while Xero (or its identity service, or their organisation) is down. */
  private readonly outages: OutageWaits;
  private readonly maxOutageWaitMs: number;

  constructor(private readonly deps: CallPipelineDeps) {
    const { timeScale, retry } = deps;
    this.maxOutageWaitMs = timeScale.ms(retry.maxOutageWaitMs ?? DEFAULT_MAX_OUTAGE_WAIT_MS);
    let waits: OutageWaits | undefined;
    const hold = new OutageHold({
      // The engine's store is shared across processes (Redis): one prober per deployment.
      store: deps.limits.outages ?? new LocalOutageStore(),
      probeBaseDelayMs: timeScale.ms(retry.baseDelayMs),
      probeMaxDelayMs: timeScale.ms(retry.maxDelayMs),
      pollMs: timeScale.seconds(1),
      recordTtlMs: this.maxOutageWaitMs + timeScale.ms(retry.maxDelayMs),
      logger: deps.logger,
      onDown: () => waits?.scopeDown(),
      onUp: (scope, downMs) => waits?.recovered(scope, downMs),
    });
    waits = new OutageWaits(hold, {
      maxOutageWaitMs: this.maxOutageWaitMs,
      idempotencyWindowMs: timeScale.ms(IDEMPOTENCY_WINDOW_MS),
    });
    this.outages = waits;
  }

  /** Ends every wait for an outage's end (ClosedError); the host calls it on close. */
  close(): void {
    this.outages.hold.close();
  }

  async execute(
    subject: CallSubject,
    request: XeroRequest,
    options: ResolvedCallOptions,
  ): Promise<XeroResponse> {
    let target = resolveTarget(this.deps.apiUrl, request.path, request.params);
    let deferredParams = request.deferredParams;
    const method = request.method.toUpperCase();
    const { rawBody } = request;
    let body: string | Uint8Array | undefined =
      rawBody !== undefined
        ? rawBody.bytes
        : request.data === undefined
          ? undefined
          : JSON.stringify(toXeroJson(request.data));
    let deferred = body === undefined ? request.deferredData : undefined;
    const { connection } = subject;
    const { stats, events } = connection;
    const ctx: ErrorContext = {
      accountId: connection.accountId,
      role: subject.callRole,
      tenantId: target.tenantless ? undefined : connection.tenantId,
      method,
      path: target.displayPath,
    };
    const probeSafe = mayRetryTransient(method, options.idempotencyKey);
    // One object for the call's attempts and its part in outages: nothing else is made per call until an
    // outage or a retry needs it.
    const state: CallState = {
      refreshed: false,
      transientRetries: 0,
      rateRetries: 0,
      attempt: 0,
      sentAt: 0,
      concurrentSince: undefined,
      concurrentRejections: 0,
      heldSince: undefined,
      ambiguousSince: undefined,
      sent: false,
      probe: undefined,
    };
    let creds: CallCredentials;
    try {
      // The call's options carry its signal and deadline: they are the credentials' wait bounds as they are.
      creds = await connection.credentials(options);
    } catch (error) {
      try {
        creds = await this.throughIdentityOutage(
          error,
          (tryOnce) => connection.credentials({ ...options, tryOnce }),
          state,
          connection,
          options,
          ctx,
        );
      } catch (failure) {
        if (stats) stats.failed++;
        throw withCallContext(failure, ctx);
      }
    }
    for (;;) {
      ctx.clientId = creds.clientId;
      if (!target.tenantless && creds.tenantId !== null) ctx.tenantId = creds.tenantId;
      const key: LimitKey = { clientId: creds.clientId, tenantId: target.tenantless ? null : creds.tenantId };
      const eventBase = this.eventBase(subject, ctx, method, target.displayPath);
      let result: TransportResponse | TransportFailure | typeof HELD_BACK;
      // Parsed once, inside the slot, for both the engine resync and the answer's classification: every
      // response passes through observe() there, so it is set whenever `result` is a response.
      let rateHeaders!: RateLimitHeaders;
      let durationMs = 0;
      try {
        // While Xero is down the call waits here, before the limits engine: it spends no unit. With no
        // outage known (the usual case) nothing is awaited or built.
        if (this.outages.anyDown) {
          await this.outages.beforeAttempt(
            outageScopes(key),
            state,
            connection,
            this.holdWait(options, probeSafe),
            ctx,
          );
        } else {
          state.probe = undefined;
        }
        if (eventBase) events?.emit('call:queued', eventBase);
        const queuedAt = Date.now();
        result = await this.deps.limits.schedule(
          key,
          {
            priority: subject.priority,
            mayUseReserve: subject.mayUseReserve,
            weight: subject.weight,
            // The deadline bounds when the call starts; retries belong to a call that already started.
            // A call Xero refused for `concurrent` never ran: its deadline still bounds its wait.
            deadline:
              state.attempt === 0 || state.concurrentSince !== undefined ? options.deadline : undefined,
            signal: options.signal,
          },
          async (grant) => {
            const waitedMs = Date.now() - queuedAt;
            if (eventBase) events?.emit('call:started', { ...eventBase, waitedMs });
            // A long wait in the queue may have outlived the token: read it again before spending budget.
            if (waitedMs > this.deps.timeScale.seconds(60))
              creds = await connection.credentials({ signal: options.signal });
            // The outage may have begun while the call queued for its slot: it goes back to the hold unsent,
            // and the engine hands its units back (Xero never saw it).
            if (this.outages.anyDown && this.outages.heldBack(outageScopes(key), state)) {
              this.deps.limits.releaseUnused?.(key, grant);
              return HELD_BACK;
            }
            if (deferred) {
              body = JSON.stringify(toXeroJson(deferred()));
              deferred = undefined;
            }
            if (deferredParams) {
              target = resolveTarget(this.deps.apiUrl, request.path, {
                ...request.params,
                ...deferredParams(),
              });
              deferredParams = undefined;
            }
            const startedAt = Date.now();
            state.sentAt = startedAt;
            if (stats) stats.attempts++;
            try {
              const response = await this.deps.transport.send({
                method,
                url: target.url,
                headers: this.headers(request, creds, target.tenantless, options.idempotencyKey, body),
                body,
                timeoutMs: options.timeoutMs,
                signal: options.signal,
                responseType: request.responseType === 'bytes' ? 'bytes' : undefined,
              });
              // Resync inside the slot, before the next queued call starts on stale numbers.
              rateHeaders = this.observe(key, response, connection, creds, ctx, grant);
              return response;
            } catch (error) {
              if (error instanceof TransportFailure) return error;
              throw error;
            } finally {
              durationMs = Date.now() - startedAt;
            }
          },
        );
      } catch (error) {
        await this.outages.abandon(state);
        if (stats) stats.failed++;
        throw withCallContext(error, ctx);
      }
      if (result === HELD_BACK) {
        if (eventBase)
          events?.emit('call:finished', { ...eventBase, status: undefined, durationMs: 0, ok: false });
        continue;
      }
      state.attempt++;
      const outageScope = this.outages.quietAnswer(result, state)
        ? undefined
        : await this.outages.afterAttempt(key, result, state.sentAt, state, connection, undefined);

      const outcome: ResponseOutcome | { kind: 'failure'; failure: TransportFailure } =
        result instanceof TransportFailure
          ? { kind: 'failure', failure: result }
          : result.bytes !== undefined
            ? { kind: 'ok', body: result.bytes }
            : classifyResponse(result, ctx, rateHeaders);
      const status = result instanceof TransportFailure ? undefined : result.status;
      if (eventBase) {
        events?.emit('call:finished', {
          ...eventBase,
          status,
          durationMs,
          ok: outcome.kind === 'ok',
        });
      }
      this.deps.logger.debug('xero call', {
        accountId: connection.accountId,
        role: subject.callRole,
        connectionRole: connection.role,
        tenantId: ctx.tenantId,
        method,
        path: target.displayPath,
        status,
        outcome: outcome.kind === 'failure' ? outcome.failure.kind : outcome.kind,
        durationMs,
        attempt: state.attempt,
      });

      if (outageScope !== undefined && probeSafe) {
        // Xero is down: the call waits for revival (next turn of the loop), then goes again with the same
        // idempotency key. It spends no retry of its own; its deadline and maxOutageWaitMs bound the wait.
        if (stats) stats.retries++;
        continue;
      }

      try {
        const next = await this.decide(outcome, subject, request, options, key, ctx, creds, state, eventBase);
        if (next.done) {
          if (stats) stats.succeeded++;
          return {
            status: status ?? 200,
            headers: (result as TransportResponse).headers,
            data: next.body,
            meta: {
              accountId: connection.accountId,
              role: subject.callRole,
              connectionRole: connection.role,
              tenantId: ctx.tenantId,
              method,
              path: target.displayPath,
              attempts: state.attempt,
            },
          };
        }
        creds = next.creds;
        if (stats) stats.retries++;
      } catch (error) {
        if (stats) stats.failed++;
        throw error;
      }
    }
  }

  /** What to do after one attempt: return, retry (with which credentials), or throw. */
  private async decide(
    outcome: ResponseOutcome | { kind: 'failure'; failure: TransportFailure },
    subject: CallSubject,
    request: XeroRequest,
    options: ResolvedCallOptions,
    key: LimitKey,
    ctx: ErrorContext,
    creds: CallCredentials,
    state: CallState,
    eventBase: ReturnType<CallPipeline['eventBase']>,
  ): Promise<{ done: true; body: unknown } | { done: false; creds: CallCredentials }> {
    const { timeScale, retry, limits } = this.deps;
    const { connection } = subject;
    switch (outcome.kind) {
      case 'ok':
        connection.reportSuccess?.();
        return { done: true, body: outcome.body };
      case 'rate-limited': {
        const { problem, retryAfterMs } = outcome;
        if (connection.stats) connection.stats.http429[problem]++;
        if (eventBase) connection.events?.emit('call:rate-limited', { ...eventBase, problem, retryAfterMs });
        if (problem === 'day') {
          const wait = retryAfterMs ?? timeScale.seconds(3600);
          limits.markDayExhausted(key, wait);
          throw new DayLimitExceededError(
            'The day limit of this connection is spent (Xero answered 429 day)',
            {
              ...ctx,
              status: 429,
              retryAfterMs: wait,
            },
          );
        }
        if (problem === 'concurrent' && limits.concurrencyRejected !== undefined) {
          // Someone else holds some of Xero's slots: fewer calls in flight on the key (AIMD) and one slot
          // held briefly; the call itself waits for a slot again, never failing while its deadline allows.
          // Without a deadline, a Xero that stays full for many rounds (each a slot wait at a lower cap)
          // ends the call after CONCURRENT_429_BOUND of them, so nothing waits forever.
          state.concurrentSince ??= Date.now();
          state.concurrentRejections++;
          const pastDeadline = options.deadline !== undefined && Date.now() >= options.deadline;
          if (
            pastDeadline ||
            (options.deadline === undefined && state.concurrentRejections > CONCURRENT_429_BOUND)
          ) {
            throw new RateLimitError(
              pastDeadline
                ? "Xero kept answering 429 (concurrent) until the call's deadline"
                : `Xero kept answering 429 (concurrent) ${state.concurrentRejections} times`,
              { ...ctx, status: 429, problem, retryAfterMs },
            );
          }
          limits.concurrencyRejected(key, state.sentAt);
          return { done: false, creds };
        }
        if (state.rateRetries >= retry.rateLimitRetries) {
          throw new RateLimitError(
            `Xero kept answering 429 (${problem}) after ${state.rateRetries} retries`,
            { ...ctx, status: 429, problem, retryAfterMs },
          );
        }
        state.rateRetries++;
        // Without Retry-After (the concurrent and app limits), wait briefly; the engine holds the key meanwhile.
        const wait = retryAfterMs ?? backoffDelay(state.rateRetries, retry, timeScale) + timeScale.seconds(1);
        // The app-wide limit is hit for every tenant of the app: the app key pauses them all.
        limits.pause(problem === 'appminute' ? { clientId: key.clientId, tenantId: null } : key, wait);
        return { done: false, creds };
      }
      case 'token-expired': {
        if (state.refreshed || connection.refreshAfterRejection === undefined) {
          throw new TokenExpiredError(
            state.refreshed
              ? 'Xero rejected the access token again after a refresh'
              : 'Xero rejected the access token',
            { ...ctx, status: 401, cause: outcome.error },
          );
        }
        state.refreshed = true;
        const refresh = connection.refreshAfterRejection.bind(connection);
        const rejected = creds.accessToken;
        const read = (tryOnce = false) => refresh(rejected, { signal: options.signal, tryOnce });
        try {
          let fresh: CallCredentials;
          try {
            fresh = await read();
          } catch (error) {
            fresh = await this.throughIdentityOutage(error, read, state, connection, options, ctx);
          }
          return { done: false, creds: fresh };
        } catch (error) {
          throw withCallContext(error, ctx);
        }
      }
      case 'tenant-not-authorised':
        try {
          await connection.reportTenantNotAuthorised?.(outcome.error);
        } catch (error) {
          this.deps.logger.warn('could not confirm a 403 through /connections', {
            accountId: connection.accountId,
            role: subject.callRole,
            error: error instanceof Error ? error.message : String(error),
          });
        }
        throw outcome.error;
      case 'fatal':
        // A validation error or a 404 proves the connection itself works.
        if (outcome.error.status !== undefined && outcome.error.status !== 401) connection.reportSuccess?.();
        throw outcome.error;
      case 'transient':
        return this.retryTransient(outcome.error, subject, request, options, state, creds);
      case 'failure': {
        const { failure } = outcome;
        if (failure.kind === 'aborted') {
          throw new AbortedError('The call was aborted', { ...ctx });
        }
        const error: XeroConnectionsError =
          failure.kind === 'timeout'
            ? new TimeoutError(`Xero did not answer within ${options.timeoutMs} ms`, {
                ...ctx,
                cause: failure,
              })
            : new XeroUnavailableError(`Xero could not be reached (${failure.message})`, {
                ...ctx,
                cause: failure,
              });
        return this.retryTransient(error, subject, request, options, state, creds);
      }
    }
  }

  /**
   * After a token read or refresh failed with `error`: while that is Xero's identity service down
   * (XeroUnavailableError), waits for its revival in the outage hold and reads again (as the probe, or once
   * another call revived it); any other error is rethrown. The first read is the caller's own, so a call
   * whose tokens are at hand builds nothing for outages.
   */
  private async throughIdentityOutage(
    error: unknown,
    /** `tryOnce`: this read is the identity probe (one token request, no retries of its own). */
    read: (tryOnce: boolean) => Promise<CallCredentials>,
    call: OutageCallState,
    connection: CallSubject['connection'],
    options: ResolvedCallOptions,
    ctx: ErrorContext,
  ): Promise<CallCredentials> {
    let failure = error;
    for (;;) {
      if (!(await this.outages.identityAnswer(call, connection, failure))) throw failure;
      await this.outages.beforeAttempt(['identity'], call, connection, this.holdWait(options, true), ctx);
      let creds: CallCredentials;
      try {
        creds = await read(call.probe?.scope === 'identity');
      } catch (next) {
        failure = next;
        continue;
      }
      await this.outages.identityAnswer(call, connection, undefined);
      return creds;
    }
  }

  /** The call's bounds on waiting out an outage (made only when one is met). */
  private holdWait(options: ResolvedCallOptions, probeSafe: boolean): HoldWaitOptions {
    return {
      deadline: options.deadline,
      signal: options.signal,
      probeSafe,
      leaseMs: options.timeoutMs + this.deps.timeScale.seconds(5),
    };
  }

  private async retryTransient(
    error: XeroConnectionsError,
    subject: CallSubject,
    request: XeroRequest,
    options: ResolvedCallOptions,
    state: { transientRetries: number },
    creds: CallCredentials,
  ): Promise<{ done: false; creds: CallCredentials }> {
    subject.connection.reportTransientFailure?.(error);
    const { retry, timeScale } = this.deps;
    if (
      !mayRetryTransient(request.method, options.idempotencyKey) ||
      state.transientRetries >= retry.maxRetries
    ) {
      throw error;
    }
    const delay = backoffDelay(state.transientRetries, retry, timeScale);
    state.transientRetries++;
    try {
      await sleep(delay, options.signal);
    } catch {
      throw new AbortedError('The call was aborted while waiting to retry', {
        accountId: error.accountId,
        role: error.role,
        tenantId: error.tenantId,
        method: error.method,
        path: error.path,
      });
    }
    return { done: false, creds };
  }

  private headers(
    request: XeroRequest,
    creds: CallCredentials,
    tenantless: boolean,
    idempotencyKey: string | undefined,
    body: string | Uint8Array | undefined,
  ): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (!/^(authorization|xero-tenant-id|idempotency-key|host|content-length)$/i.test(name))
        headers[name] = value;
    }
    headers.Authorization = `Bearer ${creds.accessToken}`;
    if (!tenantless && creds.tenantId !== null) headers['xero-tenant-id'] = creds.tenantId;
    if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
    if (body !== undefined) headers['Content-Type'] = request.rawBody?.contentType ?? 'application/json';
    return headers;
  }

  /** Xero's remaining-budget headers, on every answer (429s included), resync the engine. */
  private observe(
    key: LimitKey,
    response: TransportResponse,
    connection: CallConnection,
    creds: CallCredentials,
    ctx: ErrorContext,
    grant: CallGrant,
  ): RateLimitHeaders {
    const parsed = parseRateLimitHeaders(response.headers, this.deps.timeScale);
    const { remaining } = parsed;
    if (!hasAny(remaining)) return parsed;
    this.deps.limits.observe(key, remaining, grant);
    const { events, accountId, role } = connection;
    if (events && accountId !== undefined && role !== undefined) {
      events.emit('quota', {
        accountId,
        role,
        tenantId: ctx.tenantId,
        clientId: creds.clientId,
        remaining,
      });
    }
    return parsed;
  }

  private eventBase(subject: CallSubject, ctx: ErrorContext, method: string, path: string) {
    const { connection, callRole } = subject;
    if (connection.events === undefined || connection.accountId === undefined || callRole === undefined) {
      return undefined;
    }
    return {
      accountId: connection.accountId,
      role: connection.role ?? callRole,
      tenantId: ctx.tenantId,
      callRole,
      method,
      path,
      priority: subject.priority,
    };
  }
}

/** What the pipeline tracks over one call's attempts (its part in outages included). */
interface CallState extends OutageCallState {
  refreshed: boolean;
  transientRetries: number;
  rateRetries: number;
  attempt: number;
  /** Epoch ms the last attempt was sent. */
  sentAt: number;
  /** Epoch ms of the call's first `concurrent` 429, if any. */
  concurrentSince: number | undefined;
  concurrentRejections: number;
}

/** `concurrent` 429s a call without a deadline sits out before it fails (it waits for a slot each time). */
const CONCURRENT_429_BOUND = 50;

/** A scheduled attempt that found Xero down once its slot was granted, and so was not sent. */
const HELD_BACK: unique symbol = Symbol('held back for an outage');

/** The call's bounds on waiting out an outage. */
interface HoldWaitOptions {
  deadline: number | undefined;
  signal: AbortSignal | undefined;
  probeSafe: boolean;
  leaseMs: number;
}

function hasAny(quota: RemainingQuota): boolean {
  return quota.minute !== undefined || quota.day !== undefined || quota.appMinute !== undefined;
}
