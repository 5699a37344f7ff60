import { XeroValidationError } from '../../errors/api-errors.js';
import type { XeroConnectionsError } from '../../errors/xero-connections-error.js';
import { type BatchItemResult, type BatchWrite, elementResult, MAX_BATCH_SIZE } from '../batch.js';
import type { EndpointCaller } from '../endpoints/endpoint-caller.js';
import { idempotencyKeyFor, MAX_BATCH_IDEMPOTENCY_KEY_LENGTH } from '../idempotency.js';
import { parseResponse } from '../response-parsing.js';
import { CoalescingLane, type LaneSpec } from './coalescing-lane.js';
import type { LaneMember } from './lane-member.js';

/**
 * Bytes of body one coalesced write carries at most: Xero refuses requests over 3.5 MB; the margin covers
 * the envelope and separators. (A host's lower `http.maxRequestBytes` is not known here: a member that
 * fits it alone could make a merged body too large, so such hosts should keep their writes small.)
 */
export const MAX_COALESCED_BYTES = 3_500_000;

/** One caller's elements in a coalesced write. */
export type WriteMember = LaneMember<readonly object[], Array<BatchItemResult<unknown>>>;

/**
 * A lane of one kind of write (`PUT /Payments`, `POST /Invoices`…) at one priority: each carrier is one
 * batch request with `summarizeErrors=false` under a key of its own, kept across its retries.
 */
export function writeLane(
  caller: EndpointCaller,
  write: Omit<BatchWrite, 'items'>,
): CoalescingLane<WriteMember> {
  const context = { method: write.method, path: write.path };
  const spec: LaneSpec<WriteMember> = {
    capacity: MAX_BATCH_SIZE,
    context,
    fits: (taken, next) => bodyBytes(taken) + next.bytes <= MAX_COALESCED_BYTES,
    send: (take, call) =>
      caller.send(
        {
          method: write.method,
          path: write.path,
          params: { summarizeErrors: false },
          deferredData: () => ({ [write.collection]: take().flatMap((member) => member.payload) }),
        },
        call,
        // One key per request: several callers share it, so none of their own keys can name it.
        idempotencyKeyFor(write.method, undefined, MAX_BATCH_IDEMPOTENCY_KEY_LENGTH),
      ),
    settle: (members, response) => {
      const parsed = parseResponse(write.envelope, response) as Record<string, unknown>;
      const elements = (parsed[write.collection] ?? []) as unknown[];
      const sent = members.reduce((sum, member) => sum + member.units, 0);
      let offset = 0;
      for (const member of members) {
        const base = offset;
        member.resolve(
          member.payload.map((_, index) =>
            // Xero answers per element in request order; an answer of another length names no element.
            elementResult(
              index,
              elements.length === sent ? elements[base + index] : undefined,
              response.meta,
            ),
          ),
        );
        offset += member.units;
      }
    },
    fail: (members, error) => {
      let offset = 0;
      for (const member of members) {
        member.reject(ownError(error, offset, member.units));
        offset += member.units;
      }
    },
  };
  return new CoalescingLane(spec);
}

function bodyBytes(members: readonly WriteMember[]): number {
  let bytes = 64;
  for (const member of members) bytes += member.bytes + 1;
  return bytes;
}

/**
 * A whole-request failure as one member sees it. A 400 naming elements by their position in the merged
 * request is re-issued with this member's own elements, at their index in its input; others get it as is.
 */
function ownError(error: unknown, offset: number, units: number): unknown {
  if (!(error instanceof XeroValidationError) || error.elements.length === 0) return error;
  const elements = error.elements
    .filter((e) => e.index >= offset && e.index < offset + units)
    .map((e) => ({ index: e.index - offset, messages: [...e.messages] }));
  const own = elements.flatMap((e) => e.messages.map((m) => `${e.index}: ${m}`));
  const message =
    own.length > 0
      ? `Xero rejected the request: ${own.join('; ')}`
      : 'Xero rejected the whole request this call was merged into; the elements it named were other calls’';
  const original = error as XeroConnectionsError;
  return new XeroValidationError(message, {
    accountId: original.accountId,
    role: original.role,
    tenantId: original.tenantId,
    clientId: original.clientId,
    method: original.method,
    path: original.path,
    status: original.status,
    ...(error.xeroMessage === undefined ? {} : { xeroMessage: error.xeroMessage }),
    elements,
    cause: error,
  });
}
