import type { OutageScopeKind, PoolEventSink } from '../contracts/events.js';
import { XeroUnavailableError } from '../errors/api-errors.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import { AbortedError, DeadlineExceededError } from '../errors/timing-errors.js';
import type { ErrorContext } from '../errors/xero-connections-error.js';
import type { LimitKey } from '../limits/limits-engine.js';
import type { HoldOutcome, OutageHold } from '../limits/outage-hold.js';
import type { Role } from '../roles.js';
import type { TransportFailure, TransportResponse } from './http-transport.js';

/** What the outage waits need of the connection a call is made on (a structural slice of it). */
export interface OutageConnection {
  readonly accountId: string | undefined;
  readonly role: Role | undefined;
  readonly tenantId: string | undefined;
  readonly events: PoolEventSink | undefined;
  reportTransientFailure?(error: Error): void;
}

/** One call's part in outages, across its attempts. */
export interface OutageCallState {
  /** Local epoch ms the call first met an outage (held, or answered by one). */
  heldSince: number | undefined;
  /** Local epoch ms of the first answer that leaves open whether Xero processed the request. */
  ambiguousSince: number | undefined;
  /** The call was sent at least once. */
  sent: boolean;
  /** This attempt is the probe of a scope. */
  probe: { scope: string; lease: string } | undefined;
}

export interface OutageWaitSettings {
  /** Longest a call waits out an outage, scaled ms. */
  maxOutageWaitMs: number;
  /**
   * A write whose request may have reached Xero is retried only while Xero still knows its idempotency
   * key (about 6 minutes): scaled ms, kept below that.
   */
  idempotencyWindowMs: number;
}

/** What an answer says about outages. */
export type OutageAnswer =
  | { kind: 'down'; scope: string; ambiguous: boolean }
  /** Xero answered (any status but an outage): its scopes are up. `org` down too when offline. */
  | { kind: 'up' }
  /** No evidence either way (aborted, timed out). */
  | { kind: 'none' };

/** The scopes a call depends on: Xero's API, and its organisation for a tenant call. */
export function outageScopes(key: LimitKey): string[] {
  return key.tenantId === null ? ['api'] : ['api', `org:${key.tenantId}`];
}

function scopeKind(scope: string): OutageScopeKind {
  return scope === 'api' ? 'api' : scope === 'identity' ? 'identity' : 'organisation';
}

/**
 * Reads an answer for outage evidence. 503 "Organisation offline" is one organisation, temporarily; any
 * other 503, a 502/504, or a server that cannot be reached is Xero's API down. A refused connection
 * proves the request never arrived; a reset socket or a gateway timeout leaves it open.
 */
export function outageAnswer(key: LimitKey, result: TransportResponse | TransportFailure): OutageAnswer {
  if (!('status' in result)) {
    if (result.kind !== 'network') return { kind: 'none' };
    return { kind: 'down', scope: 'api', ambiguous: result.errorCode !== 'ECONNREFUSED' };
  }
  if (result.status === 503) {
    if (key.tenantId !== null && /organisation offline/i.test(result.body.slice(0, 200))) {
      return { kind: 'down', scope: `org:${key.tenantId}`, ambiguous: false };
    }
    return { kind: 'down', scope: 'api', ambiguous: false };
  }
  if (result.status === 502 || result.status === 504) return { kind: 'down', scope: 'api', ambiguous: true };
  return { kind: 'up' };
}

/**
 * The call pipeline's side of the outage hold: waits a call while one of its scopes is down, reports
 * each answer, and tells each connection once per outage (`connection:outage`, then
 * `connection:recovered`), keeping it `degraded` (never broken) meanwhile.
 */
export class OutageWaits {
  /** Per scope, the connections told of its outage (so each hears of it, and of its end, once). */
  private readonly told = new Map<string, Map<OutageConnection, number>>();
  /** Scopes this process knows down (the hold's `onDown` less its `onUp`). */
  private downScopes = 0;

  constructor(
    readonly hold: OutageHold,
    private readonly settings: OutageWaitSettings,
  ) {}

  /**
   * Whether any scope is known down here. While none is (the usual case), a call needs neither
   * `beforeAttempt` nor `heldBack`, and the pipeline builds and awaits nothing for outages.
   */
  get anyDown(): boolean {
    return this.downScopes > 0;
  }

  /** The hold learnt a scope is down (its `onDown`). */
  scopeDown(): void {
    this.downScopes++;
  }

  /**
   * `afterAttempt`'s fast path, sync: with no scope down and no probe held, an answer that is no outage
   * only marks the call sent. True when that was all (nothing left to report); false when the caller must
   * await `afterAttempt`.
   */
  quietAnswer(result: TransportResponse | TransportFailure, call: OutageCallState): boolean {
    if (this.downScopes > 0 || call.probe !== undefined) return false;
    const outage =
      'status' in result ? result.status >= 502 && result.status <= 504 : result.kind === 'network';
    if (outage) return false;
    call.sent = true;
    return true;
  }

  /**
   * Before an attempt: waits while any of `scopes` is down. Resolves when the call may go (as the probe,
   * or after revival); throws at the call's deadline, its signal, `maxOutageWaitMs` or close.
   */
  async beforeAttempt(
    scopes: readonly string[],
    call: OutageCallState,
    connection: OutageConnection,
    wait: {
      deadline?: number | undefined;
      signal?: AbortSignal | undefined;
      probeSafe: boolean;
      leaseMs: number;
    },
    ctx: ErrorContext,
  ): Promise<void> {
    call.probe = undefined;
    for (;;) {
      const scope = scopes.find((s) => this.hold.isDown(s));
      if (scope === undefined) return;
      const now = Date.now();
      call.heldSince ??= now;
      this.tell(scope, connection, 'Xero is unavailable');
      const outcome = await this.hold.wait(scope, {
        deadline: wait.deadline,
        signal: wait.signal,
        giveUpAt: this.giveUpAt(call),
        probeSafe: wait.probeSafe,
        leaseMs: wait.leaseMs,
      });
      if (outcome.kind === 'up') continue;
      if (outcome.kind === 'probe') {
        call.probe = { scope, lease: outcome.lease };
        return;
      }
      throw this.waitError(outcome, scope, call, ctx);
    }
  }

  /**
   * Just before sending, with the slot granted: true when one of `scopes` went down while the call waited
   * for its slot and this call is not the probe. The call then gives its slot back unsent and returns to
   * the hold (`beforeAttempt`), so calls queued before the outage was known do not each hit a down API.
   */
  heldBack(scopes: readonly string[], call: OutageCallState): boolean {
    if (call.probe !== undefined) return false;
    return scopes.some((s) => this.hold.isDown(s));
  }

  /**
   * After an attempt: reports what the answer says. Returns the outage scope when the answer was an
   * outage (the pipeline then holds the call, if it may be repeated), else undefined.
   */
  async afterAttempt(
    key: LimitKey,
    result: TransportResponse | TransportFailure,
    sentAt: number,
    call: OutageCallState,
    connection: OutageConnection,
    error: Error | undefined,
  ): Promise<string | undefined> {
    call.sent = true;
    const answer = outageAnswer(key, result);
    const probe = call.probe;
    call.probe = undefined;
    const leaseOf = (scope: string) => (probe?.scope === scope ? probe.lease : undefined);
    if (answer.kind === 'none') {
      // A probe that timed out met the outage, as far as anyone can tell; an aborted one did not probe.
      if (probe !== undefined) {
        if ('kind' in result && result.kind === 'timeout') await this.hold.down(probe.scope, probe.lease);
        else await this.hold.abandon(probe.scope, probe.lease);
      }
      return undefined;
    }
    if (answer.kind === 'up') {
      for (const scope of outageScopes(key)) await this.hold.up(scope, sentAt, leaseOf(scope));
      return undefined;
    }
    // An organisation offline proves the API answered.
    if (answer.scope !== 'api') await this.hold.up('api', sentAt, leaseOf('api'));
    if (probe !== undefined && probe.scope !== answer.scope && probe.scope !== 'api') {
      await this.hold.abandon(probe.scope, probe.lease);
    }
    await this.hold.down(answer.scope, leaseOf(answer.scope));
    call.heldSince ??= Date.now();
    if (answer.ambiguous) call.ambiguousSince ??= sentAt;
    this.tell(answer.scope, connection, error?.message ?? 'Xero is unavailable', error);
    return answer.scope;
  }

  /**
   * What a token read or refresh says about Xero's identity service: an XeroUnavailableError is its outage
   * (returns true: the caller waits on scope `identity`, then tries again as the probe or after revival);
   * any other answer ends a probe as revival.
   */
  async identityAnswer(
    call: OutageCallState,
    connection: OutageConnection,
    error: unknown,
  ): Promise<boolean> {
    const probe = call.probe?.scope === 'identity' ? call.probe : undefined;
    if (probe !== undefined) call.probe = undefined;
    if (error instanceof XeroUnavailableError) {
      await this.hold.down('identity', probe?.lease);
      call.heldSince ??= Date.now();
      this.tell('identity', connection, error.message, error);
      return true;
    }
    if (probe !== undefined) await this.hold.up('identity', Date.now(), probe.lease);
    return false;
  }

  /** A probe that never reached Xero (its call failed before sending): the next waiter may probe. */
  async abandon(call: OutageCallState): Promise<void> {
    const probe = call.probe;
    call.probe = undefined;
    if (probe !== undefined) await this.hold.abandon(probe.scope, probe.lease);
  }

  /** The hold saw `scope` come back: every connection told of it hears of its end. */
  recovered(scope: string, downMs: number): void {
    if (this.downScopes > 0) this.downScopes--;
    const told = this.told.get(scope);
    if (told === undefined) return;
    this.told.delete(scope);
    for (const connection of told.keys()) {
      if (connection.accountId === undefined || connection.role === undefined) continue;
      connection.events?.emit('connection:recovered', {
        accountId: connection.accountId,
        role: connection.role,
        tenantId: connection.tenantId,
        scope: scopeKind(scope),
        downMs,
      });
    }
  }

  /** Epoch ms after which the call stops waiting for revival. */
  private giveUpAt(call: OutageCallState): number {
    const since = call.heldSince ?? Date.now();
    const bound = since + this.settings.maxOutageWaitMs;
    return call.ambiguousSince === undefined
      ? bound
      : Math.min(bound, call.ambiguousSince + this.settings.idempotencyWindowMs);
  }

  private tell(scope: string, connection: OutageConnection, message: string, error?: Error): void {
    let told = this.told.get(scope);
    if (told?.has(connection)) return;
    if (told === undefined) {
      told = new Map();
      this.told.set(scope, told);
    }
    told.set(connection, Date.now());
    // Degraded (never broken) for as long as it lasts: the next success restores the connection.
    connection.reportTransientFailure?.(error ?? new XeroUnavailableError(message));
    if (connection.accountId === undefined || connection.role === undefined) return;
    connection.events?.emit('connection:outage', {
      accountId: connection.accountId,
      role: connection.role,
      tenantId: connection.tenantId,
      scope: scopeKind(scope),
      error: message,
    });
  }

  /**
   * How a wait that did not end in revival fails. At its deadline a call never sent fails with
   * DeadlineExceededError (nothing reached Xero: safe to do something else); one already answered by the
   * outage fails with XeroUnavailableError, as does any call past `maxOutageWaitMs`.
   */
  private waitError(
    outcome: Exclude<HoldOutcome, { kind: 'up' } | { kind: 'probe' }>,
    scope: string,
    call: OutageCallState,
    ctx: ErrorContext,
  ): Error {
    const waited = call.heldSince === undefined ? 0 : Date.now() - call.heldSince;
    const what = scope === 'api' ? 'Xero' : scope === 'identity' ? 'Xero identity' : 'The organisation';
    const cause = new XeroUnavailableError(`${what} is unavailable (outage, ${waited} ms so far)`, {
      ...ctx,
    });
    switch (outcome.kind) {
      case 'deadline':
        return call.sent
          ? new XeroUnavailableError(
              `${what} is still unavailable at the call's deadline (waited ${waited} ms for revival)`,
              { ...ctx, cause },
            )
          : new DeadlineExceededError(
              `The call did not start before its deadline: ${what.toLowerCase()} is in an outage (waited ${waited} ms)`,
              { ...ctx, cause },
            );
      case 'gave-up':
        return new XeroUnavailableError(
          call.ambiguousSince !== undefined
            ? `${what} is still unavailable and the write may have reached it: not repeated past its idempotency window`
            : `${what} stayed unavailable longer than maxOutageWaitMs (waited ${waited} ms)`,
          { ...ctx, cause },
        );
      case 'aborted':
        return new AbortedError('The call was aborted while waiting out an outage', { ...ctx, cause });
      case 'closed':
        return new ClosedError('Closed while the call waited out an outage', { ...ctx, cause });
    }
  }
}
