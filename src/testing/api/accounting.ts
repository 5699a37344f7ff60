import { SIMULATED_ATTACHMENT_MAX_BYTES } from '../accounting/attachments.js';
import type { AccountingRequest } from '../accounting/contract.js';
import { requiredScopes } from '../accounting/index.js';
import { notFound } from '../accounting/responses.js';
import type { Exchange, SimContext } from '../context.js';
import { parseJsonBody, readBody } from '../http/read-body.js';
import { problem, sendBytes, sendJson, sendMalformedJson, sendText } from '../http/respond.js';
import { remainingHeaders } from '../rate-limits/headers.js';
import { authenticateBearer } from './bearer-auth.js';
import { applyLatency } from './latency.js';
import { sendRateLimited } from './rate-limited.js';

/** Xero keeps idempotency keys for about 6 minutes (scaled for the model). */
const IDEMPOTENCY_RETENTION_MS = 6 * 60_000;

const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE']);

/**
 * One `/api.xro/2.0/*` call, in Xero's order: token → scope → tenant → organisation online → rate limits
 * (the call is now in flight) → latency → injected faults → the organisation's accounting model.
 * Calls refused before the rate limits are not counted against them.
 */
export async function handleAccounting(ctx: SimContext, ex: Exchange, modelPath: string): Promise<void> {
  ex.meta.endpoint = 'api';
  // An attachment upload's body is the file itself, whatever its content type, of up to Xero's 10 MB:
  // every other body is JSON under the JSON bound.
  const fileUpload = /^\/[^/]+\/[^/]+\/attachments\/./i.test(modelPath);
  const raw = await readBody(ex.req, fileUpload ? SIMULATED_ATTACHMENT_MAX_BYTES : undefined);
  const token = await authenticateBearer(ctx, ex);
  if (token === undefined) return;
  const method = ex.req.method ?? 'GET';
  if (!METHODS.has(method)) {
    if (ctx.options.variations.unsupportedMethodStatus === 404) {
      const answer = notFound();
      sendText(ex.res, answer.status, String(answer.body), answer.headers);
    } else sendJson(ex.res, 405, { Title: 'Method Not Allowed', Status: 405 });
    return;
  }
  const scopes = requiredScopes(method, modelPath);
  if (scopes.length > 0 && !scopes.some((s) => token.scopes.has(s))) {
    sendJson(ex.res, 401, problem(401, 'Unauthorized', 'AuthorizationUnsuccessful'));
    return;
  }
  const tenantHeader = ex.req.headers['xero-tenant-id'];
  const tenantId = typeof tenantHeader === 'string' ? tenantHeader.trim() : '';
  if (tenantId !== '') ex.meta.tenantId = tenantId;
  const model = tenantId === '' ? undefined : ctx.world.model(tenantId);
  if (model === undefined || !ctx.grants.isConnected(token.clientId, token.userId, tenantId)) {
    sendJson(ex.res, 403, problem(403, 'Forbidden', 'AuthenticationUnsuccessful'));
    return;
  }
  const now = Date.now();
  if (ctx.faults.isOffline(tenantId, now)) {
    sendText(ex.res, 503, 'Organisation offline');
    return;
  }
  const tier = ctx.world.apps.get(token.clientId)?.tier ?? 'standard';
  const admission = ctx.limiter.admit(token.clientId, tenantId, tier, now);
  if (!admission.ok) {
    sendRateLimited(ctx, ex, admission);
    return;
  }
  const idempotencyKey = ex.req.headers['idempotency-key'];
  if (typeof idempotencyKey === 'string') ex.meta.idempotencyKey = idempotencyKey;
  try {
    await applyLatency(ctx);
    const headers = remainingHeaders(admission.remaining);
    const faultPaths = [`/api.xro/2.0${modelPath}`, ex.path];
    const failure = ctx.faults.takeFailure(faultPaths);
    if (failure !== undefined) {
      sendJson(
        ex.res,
        failure,
        { Title: 'An error occurred', Status: failure, Detail: 'Injected failure' },
        headers,
      );
      return;
    }
    const request: AccountingRequest = {
      method: method as AccountingRequest['method'],
      path: modelPath,
      query: ex.query,
      headers: ex.req.headers as Record<string, string | undefined>,
      ...(fileUpload
        ? { body: undefined, rawBody: raw.length > 0 ? raw : undefined }
        : { body: parseJsonBody(raw) }),
      clientId: token.clientId,
      tenantId,
      // Xero's wall clock (may be skewed on purpose); the limits above keep the real one.
      now: ctx.options.clock(),
      idempotencyRetentionMs: ctx.scale.ms(IDEMPOTENCY_RETENTION_MS),
    };
    let response = model.handle(request);
    // Xero often answers an unsupported method with its plain 404 instead of 405.
    if (response.status === 405 && ctx.options.variations.unsupportedMethodStatus === 404)
      response = notFound();
    if (ctx.faults.takeMalformed(faultPaths)) {
      sendMalformedJson(ex.res, headers);
      return;
    }
    const all = { ...response.headers, ...headers };
    if (typeof response.body === 'string') sendText(ex.res, response.status, response.body, all);
    else if (response.body instanceof Uint8Array) sendBytes(ex.res, response.status, response.body, all);
    else sendJson(ex.res, response.status, response.body, all);
  } finally {
    admission.release();
  }
}
