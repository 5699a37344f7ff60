import type { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import type { QueryValue } from '../request-target.js';
import { parseResponse } from '../response-parsing.js';
import type { CheckedCall, EndpointCaller } from './endpoint-caller.js';

/** A collection Xero answers in one response, unpaged (Accounts, TaxRates, Currencies, Items…). */
export interface WholeCollection {
  path: string;
  /** The envelope's collection key, e.g. `Accounts`. */
  collection: string;
  /** The response envelope's schema, built once per endpoint (`envelopeSchema(collection, item)`). */
  envelope: z.ZodType;
}

/**
 * Every record of an unpaged collection in one request. No `page` is sent: Xero ignores it on these
 * collections and would answer every page with the whole list.
 */
export async function readWholeCollection<T>(
  caller: EndpointCaller,
  target: WholeCollection,
  params: Record<string, QueryValue>,
  modifiedSince: Date | undefined,
  call: CheckedCall,
): Promise<T[]> {
  const response = await caller.send(
    {
      method: 'GET',
      path: target.path,
      params,
      headers: modifiedSince === undefined ? undefined : { 'If-Modified-Since': modifiedSince.toISOString() },
    },
    call,
    undefined,
  );
  // 304 Not Modified: nothing changed since `modifiedSince`.
  if (response.data === undefined) return [];
  const parsed = parseResponse(target.envelope, response) as Record<string, unknown>;
  return (parsed[target.collection] ?? []) as T[];
}

/** The one record of `GET <path>`; a response without it is an `XeroApiError` with status 404. */
export async function readOne<T>(
  caller: EndpointCaller,
  target: WholeCollection,
  path: string,
  noun: string,
  call: CheckedCall,
): Promise<T> {
  const response = await caller.send({ method: 'GET', path }, call, undefined);
  const parsed = parseResponse(target.envelope, response) as Record<string, unknown>;
  const record = (parsed[target.collection] as T[] | undefined)?.[0];
  if (record === undefined)
    throw new XeroApiError(`Xero returned no ${noun}`, { ...response.meta, status: 404 });
  return record;
}
