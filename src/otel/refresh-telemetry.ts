import type { Attributes, Counter, Meter, Tracer } from '@opentelemetry/api';
import type { ConnectionEventBase, PoolEvents } from '../contracts/events.js';
import { SPAN_KIND_INTERNAL, SPAN_STATUS_ERROR, VALUE_TYPE_INT } from './api-constants.js';
import { ATTR, METRIC, REFRESH_SPAN } from './attribute-names.js';
import type { AppDirectory, InstrumentedHost } from './instrumented-host.js';

/**
 * Fields of `tokens:refreshed` read when the host reports them. Until then a refresh span marks the moment
 * the new set was stored, and a connect (which stores a set too) counts as a refresh.
 */
export type TokensRefreshedEvent = PoolEvents['tokens:refreshed'] & {
  /** From the start of the refresh to the new set stored. */
  durationMs?: number | undefined;
  /** The grant that produced the set: a connect's `authorization_code` is no refresh. */
  grant?: 'authorization_code' | 'refresh_token' | 'client_credentials' | undefined;
};

/**
 * Outcomes of `xero.token.refreshes`:
 * - `refreshed`: a new token set was stored;
 * - `rejected`: Xero refused the refresh token (the connection is now broken and needs a reconnect);
 * - `identity_unavailable`: Xero's identity service went down for the connection (once per outage).
 */
export type RefreshOutcome = 'refreshed' | 'rejected' | 'identity_unavailable';

/** Broken reasons only a refused refresh token records (`tenant_disconnected` may come from a 403 too). */
const REFUSED_REFRESH = new Set(['revoked', 'refresh_token_expired', 'invalid_grant']);

/** A span per refresh and the refresh outcome counter. */
export class RefreshTelemetry {
  readonly #tracer: Tracer | undefined;
  readonly #apps: AppDirectory;
  readonly #refreshes: Counter | undefined;

  constructor(deps: { tracer: Tracer | undefined; meter: Meter | undefined; apps: AppDirectory }) {
    this.#tracer = deps.tracer;
    this.#apps = deps.apps;
    this.#refreshes = deps.meter?.createCounter(METRIC.refreshes, {
      description: 'Token refreshes of Xero connections, by outcome.',
      unit: '{refresh}',
      valueType: VALUE_TYPE_INT,
    });
  }

  listen(host: InstrumentedHost): Array<() => void> {
    return [
      host.on('tokens:refreshed', (e: TokensRefreshedEvent) => {
        if (e.grant !== 'authorization_code') this.#record(e, 'refreshed', e.durationMs ?? 0);
      }),
      host.on('connection:broken', (e) => {
        if (REFUSED_REFRESH.has(e.reason)) this.#record(e, 'rejected', 0, e.reason);
      }),
      host.on('connection:outage', (e) => {
        if (e.scope === 'identity') this.#count(e, 'identity_unavailable');
      }),
    ];
  }

  #record(e: ConnectionEventBase, outcome: RefreshOutcome, durationMs: number, reason?: string): void {
    const app = this.#count(e, outcome);
    const tracer = this.#tracer;
    if (tracer === undefined) return;
    const now = Date.now();
    const attributes: Attributes = {
      [ATTR.accountId]: e.accountId,
      [ATTR.role]: e.role,
      [ATTR.refreshOutcome]: outcome,
    };
    if (e.tenantId !== undefined) attributes[ATTR.tenantId] = e.tenantId;
    if (app !== undefined) {
      attributes[ATTR.app] = app.appName;
      attributes[ATTR.clientId] = app.clientId;
    }
    if (reason !== undefined) attributes[ATTR.brokenReason] = reason;
    const span = tracer.startSpan(REFRESH_SPAN, {
      kind: SPAN_KIND_INTERNAL,
      startTime: now - durationMs,
      attributes,
    });
    if (outcome !== 'refreshed') {
      span.setStatus({ code: SPAN_STATUS_ERROR, message: `Xero refused the refresh token (${reason})` });
    }
    span.end(now);
  }

  #count(e: ConnectionEventBase, outcome: RefreshOutcome) {
    const app = this.#apps.lookup(e.accountId, e.role);
    this.#refreshes?.add(1, {
      [ATTR.refreshOutcome]: outcome,
      [ATTR.role]: e.role,
      ...(app === undefined ? {} : { [ATTR.app]: app.appName }),
    });
    return app;
  }
}
