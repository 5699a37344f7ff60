import { type BatchItemResult, type BatchWrite, MAX_BATCH_SIZE, sendBatch, validateItems } from '../batch.js';
import type { CheckedCall, EndpointCaller } from '../endpoints/endpoint-caller.js';
import { toXeroJson } from '../xero-date.js';
import type { CoalescingLane } from './coalescing-lane.js';
import { takeCoalesceOption } from './coalescing-options.js';
import { LaneMember } from './lane-member.js';
import { type ReadById, type ReadMember, readLane } from './read-lane.js';
import { MAX_COALESCED_BYTES, type WriteMember, writeLane } from './write-lane.js';

/** Xero's ids are GUIDs; anything else (an InvoiceNumber, a ContactNumber) is read on its own path. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The coalescing of one endpoint of one role client (so of one connection): a lane per kind of write and
 * priority, and one per priority for reads by id. Interactive calls have lanes of their own, whose carriers
 * queue at interactive priority: merging never puts a user's call behind batch work. Lanes are made on
 * first use; a lane holds no timer, so nothing needs closing (a carrier sent after the pool closed fails
 * with `ClosedError`, and so do its members).
 */
export class EndpointCoalescer {
  readonly #caller: EndpointCaller;
  readonly #lanes = new Map<string, CoalescingLane<WriteMember> | CoalescingLane<ReadMember>>();

  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  /**
   * A batch write: checked once, then merged with concurrent writes of its kind when it may be (≤ 50
   * elements, no idempotency key of its own, coalescing on), otherwise sent as `batchWrite` sends it.
   */
  async write<T>(write: BatchWrite, options: unknown): Promise<Array<BatchItemResult<T>>> {
    const { coalesce, rest } = takeCoalesceOption(options);
    const call = this.#caller.check(rest);
    validateItems(write);
    const items = write.items;
    const bytes =
      items.length > 0 && items.length <= MAX_BATCH_SIZE ? bodyBytes(items) : Number.POSITIVE_INFINITY;
    if (
      !this.#mayCoalesce(coalesce, call) ||
      // The caller's own key (or `false`) must name a request of its own.
      call.idempotencyKey !== undefined ||
      bytes > MAX_COALESCED_BYTES
    ) {
      return sendBatch<T>(this.#caller, write, call);
    }
    const { method, path, collection, envelope } = write;
    const lane = this.#lane(`${method} ${path}:${call.priority}`, () =>
      writeLane(this.#caller, { method, path, collection, envelope }),
    ) as CoalescingLane<WriteMember>;
    const member: WriteMember = new LaneMember(items, call, items.length, bytes);
    lane.add(member);
    return member.promise as Promise<Array<BatchItemResult<T>>>;
  }

  /**
   * A read by id: merged into one list request with concurrent reads when the id is a GUID and coalescing
   * is on; `alone` reads it on its own otherwise.
   */
  async read<T>(
    read: ReadById,
    id: string,
    options: unknown,
    alone: (call: CheckedCall) => Promise<T>,
  ): Promise<T> {
    const { coalesce, rest } = takeCoalesceOption(options);
    const call = this.#caller.check(rest);
    if (!this.#mayCoalesce(coalesce, call) || !GUID.test(id)) return alone(call);
    const lane = this.#lane(`GET ${read.path}:${call.priority}`, () =>
      readLane(this.#caller, read),
    ) as CoalescingLane<ReadMember>;
    const member: ReadMember = new LaneMember(id.toLowerCase(), call, 1, 0);
    lane.add(member);
    return member.promise as Promise<T>;
  }

  #mayCoalesce(coalesce: boolean | undefined, call: CheckedCall): boolean {
    if (coalesce === false || this.#caller.coalesce === false) return false;
    // Already aborted or past its deadline: sent alone, the pipeline fails it with its usual typed error.
    if (call.signal?.aborted) return false;
    return call.deadline === undefined || call.deadline > Date.now();
  }

  #lane<L extends CoalescingLane<WriteMember> | CoalescingLane<ReadMember>>(key: string, make: () => L): L {
    let lane = this.#lanes.get(key) as L | undefined;
    if (lane === undefined) {
      lane = make();
      this.#lanes.set(key, lane);
    }
    return lane;
  }
}

/** What the elements add to a request body, as the pipeline will serialise them. */
function bodyBytes(items: readonly object[]): number {
  let bytes = 0;
  for (const item of items) bytes += Buffer.byteLength(JSON.stringify(toXeroJson(item))) + 1;
  return bytes;
}
