import type { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import type { EndpointCaller } from '../endpoints/endpoint-caller.js';
import type { QueryValue } from '../request-target.js';
import { parseResponse } from '../response-parsing.js';
import { CoalescingLane, type LaneSpec } from './coalescing-lane.js';
import type { LaneMember } from './lane-member.js';

/** One caller's id (lower-cased) in a coalesced read. */
export type ReadMember = LaneMember<string, unknown>;

/** How one collection is read by a list of ids. */
export interface ReadById {
  /** e.g. `/Invoices` */
  path: string;
  /** Envelope key, e.g. `Invoices`. */
  collection: string;
  envelope: z.ZodType;
  /** The record's id field, e.g. `InvoiceID`. */
  idField: string;
  /** What a record is called in a not-found error, e.g. `invoice`. */
  noun: string;
  /** Ids one request carries: bounded so the URL stays under ~2,000 characters. */
  capacity: number;
  /** The query that selects these ids (`IDs=`, or a `where` where Xero has no `IDs`), plus fixed params. */
  query(ids: readonly string[]): Record<string, QueryValue>;
}

/**
 * A lane of reads by id on one collection at one priority: each carrier is one list request for the ids
 * buffered when its slot is granted; each caller gets its record, or a typed 404 when Xero returned none.
 */
export function readLane(caller: EndpointCaller, read: ReadById): CoalescingLane<ReadMember> {
  const context = { method: 'GET', path: read.path };
  const spec: LaneSpec<ReadMember> = {
    capacity: read.capacity,
    context,
    fits: () => true,
    send: (take, call) =>
      caller.send(
        {
          method: 'GET',
          path: read.path,
          deferredParams: () => read.query([...new Set(take().map((member) => member.payload))]),
        },
        call,
        undefined,
      ),
    settle: (members, response) => {
      const parsed = parseResponse(read.envelope, response) as Record<string, unknown>;
      const byId = new Map<string, unknown>();
      for (const record of (parsed[read.collection] ?? []) as Array<Record<string, unknown>>) {
        const id = record[read.idField];
        if (typeof id === 'string') byId.set(id.toLowerCase(), record);
      }
      for (const member of members) {
        const record = byId.get(member.payload);
        if (record !== undefined) member.resolve(record);
        else {
          // Named by the resource asked for, as a get of it alone would be; the list it was read in is the cause.
          member.reject(
            new XeroApiError(`Xero has no ${read.noun} ${member.payload} (looked up in a merged id list)`, {
              ...response.meta,
              path: `${response.meta.path}/${member.payload}`,
              status: 404,
            }),
          );
        }
      }
    },
    fail: (members, error) => {
      for (const member of members) member.reject(error);
    },
  };
  return new CoalescingLane(spec);
}
