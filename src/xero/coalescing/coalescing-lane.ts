import type { ErrorContext } from '../../errors/xero-connections-error.js';
import type { XeroResponse } from '../call-pipeline.js';
import type { CheckedCall } from '../endpoints/endpoint-caller.js';
import type { LaneMember } from './lane-member.js';

// biome-ignore lint/suspicious/noExplicitAny: a lane is indifferent to what its members carry.
type AnyMember = LaneMember<any, any>;

/** What one kind of coalesced request (a batch write, a read by ids) needs from its lane. */
export interface LaneSpec<M extends AnyMember> {
  /** Units (elements, ids) one request carries at most. */
  readonly capacity: number;
  /** Names the request in the typed errors of members that leave before it is sent. */
  readonly context: ErrorContext;
  /** Whether `next` still fits a request that already carries `taken` (never asked for the first one). */
  fits(taken: readonly M[], next: M): boolean;
  /**
   * Sends one carrier request through the pipeline. `take` is called once, when the request is granted
   * its first slot, and returns the members it carries (it throws when none are left).
   */
  send(take: () => readonly M[], call: CheckedCall): Promise<XeroResponse>;
  /** Settles every member with its own part of the answer. */
  settle(members: readonly M[], response: XeroResponse): void;
  /** The whole request failed: every member rejects with it (typed). */
  fail(members: readonly M[], error: unknown): void;
}

/** A request on its way to a slot, and what it took once granted. */
interface Carrier<M> {
  readonly controller: AbortController;
  taken: readonly M[] | undefined;
  /** Cancelled by the lane: its members left, it carries nothing. */
  cancelled: boolean;
}

/** Thrown by a carrier granted a slot after every member it was launched for had left: nothing is sent. */
class EmptyCarrier extends Error {}

/**
 * Concurrent calls of one kind and priority on one connection, merged while they wait for a slot.
 *
 * The first call launches a carrier request at once: on an idle connection it is granted a slot at once
 * and goes with whatever is buffered by then (often only that call: no timer, no added latency). While
 * the limits hold carriers back, later calls join the buffer, and a carrier granted its slot takes up to
 * `capacity` units from its head (its body is built then, and kept for every retry under one idempotency
 * key). New carriers are launched only when the buffer outgrows the ones waiting, so no element waits for
 * a request that will not come, and none is taken twice: a member is in exactly one place, the buffer or
 * one carrier.
 */
export class CoalescingLane<M extends AnyMember> {
  readonly #spec: LaneSpec<M>;
  #buffer: M[] = [];
  #bufferedUnits = 0;
  /** Carriers launched and not yet granted, oldest first. */
  readonly #waiting: Carrier<M>[] = [];

  constructor(spec: LaneSpec<M>) {
    this.#spec = spec;
  }

  /** Queues a member; its promise settles with its own results. */
  add(member: M): void {
    this.#buffer.push(member);
    this.#bufferedUnits += member.units;
    member.watch(this.#spec.context, (m, error) => this.#leave(m, error));
    this.#launchAsNeeded(member.call);
  }

  #launchAsNeeded(call: CheckedCall): void {
    while (this.#waiting.length * this.#spec.capacity < this.#bufferedUnits) this.#launch(call);
  }

  #launch(launching: CheckedCall): void {
    const carrier: Carrier<M> = { controller: new AbortController(), taken: undefined, cancelled: false };
    this.#waiting.push(carrier);
    // The carrier is no caller's: its own signal (the lane cancels it when its members left), no deadline
    // (each member's is watched while buffered), and the launching call's priority and timeout.
    const call: CheckedCall = {
      priority: launching.priority,
      timeoutMs: launching.timeoutMs,
      signal: carrier.controller.signal,
      deadline: undefined,
      idempotencyKey: undefined,
    };
    this.#spec
      .send(() => this.#take(carrier), call)
      .then(
        (response) => {
          const taken = carrier.taken ?? [];
          try {
            this.#spec.settle(taken, response);
          } catch (error) {
            this.#spec.fail(taken, error);
          }
        },
        (error: unknown) => this.#failed(carrier, error),
      );
  }

  /** Called once, when the carrier is granted its slot: the members it carries leave the buffer. */
  #take(carrier: Carrier<M>): readonly M[] {
    this.#forget(carrier);
    if (carrier.cancelled) throw new EmptyCarrier('cancelled');
    const taken: M[] = [];
    let units = 0;
    let next = 0;
    while (next < this.#buffer.length) {
      const member = this.#buffer[next] as M;
      if (taken.length > 0 && (units + member.units > this.#spec.capacity || !this.#spec.fits(taken, member)))
        break;
      next++;
      this.#bufferedUnits -= member.units;
      if (!member.take(this.#spec.context)) continue;
      taken.push(member);
      units += member.units;
    }
    this.#buffer = next === 0 ? this.#buffer : this.#buffer.slice(next);
    carrier.taken = taken;
    if (this.#buffer.length > 0) this.#launchAsNeeded((this.#buffer[0] as M).call);
    if (taken.length === 0) throw new EmptyCarrier('nothing left to carry');
    return taken;
  }

  #failed(carrier: Carrier<M>, error: unknown): void {
    this.#forget(carrier);
    if (carrier.taken !== undefined) {
      if (carrier.taken.length > 0) this.#spec.fail(carrier.taken, error);
      return;
    }
    if (carrier.cancelled || error instanceof EmptyCarrier) return;
    // Refused before its slot (day limit spent, pool closed, no connection…): the members it was launched
    // for fail as each would have alone, so a refusal never turns into a loop of new carriers.
    const share: M[] = [];
    let units = 0;
    while (this.#buffer.length > 0 && units < this.#spec.capacity) {
      const member = this.#buffer.shift() as M;
      this.#bufferedUnits -= member.units;
      units += member.units;
      share.push(member);
    }
    this.#spec.fail(share, error);
  }

  /** A buffered member leaves (aborted, past its deadline); carriers it no longer needs are cancelled. */
  #leave(member: M, error: Error): void {
    const index = this.#buffer.indexOf(member);
    if (index < 0) return;
    this.#buffer.splice(index, 1);
    this.#bufferedUnits -= member.units;
    member.reject(error);
    const needed = Math.ceil(this.#bufferedUnits / this.#spec.capacity);
    while (this.#waiting.length > needed) {
      // The youngest carrier is the furthest from a slot: cancelling it spends no unit of the limits.
      const spare = this.#waiting.pop() as Carrier<M>;
      spare.cancelled = true;
      spare.controller.abort();
    }
  }

  #forget(carrier: Carrier<M>): void {
    const index = this.#waiting.indexOf(carrier);
    if (index >= 0) this.#waiting.splice(index, 1);
  }
}
