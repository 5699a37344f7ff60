import { z } from 'zod';
import { parseXeroDate } from '../xero-date.js';
import { withFastParse } from './fast-parse.js';

/** A Xero date (`/Date(…)/` or ISO) read into a `Date`. */
export const xeroDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) return value;
  const date = parseXeroDate(value);
  if (date === undefined) {
    ctx.addIssue({ code: 'custom', message: 'not a Xero date' });
    return z.NEVER;
  }
  return date;
});

/** One message of Xero's `ValidationErrors` / `Warnings` arrays. */
export const validationMessageSchema = z.looseObject({ Message: z.string().optional() });

/** Fields every element of a batch write response carries with `summarizeErrors=false`. */
export const batchStatusFields = {
  StatusAttributeString: z.string().optional(),
  ValidationErrors: z.array(validationMessageSchema).optional(),
  Warnings: z.array(validationMessageSchema).optional(),
};

export const paginationSchema = z.looseObject({
  page: z.number().optional(),
  pageSize: z.number().optional(),
  pageCount: z.number().optional(),
  itemCount: z.number().optional(),
});

export type XeroPagination = z.output<typeof paginationSchema>;

/**
 * A response envelope: `{ Id, Status, ProviderName, DateTimeUTC, pagination?, Warnings?, [key]: T[] }`.
 * Build it once per endpoint: it is compiled into a fast path (`withFastParse`) that gives zod's output
 * for a valid page at a fraction of the cost and hands anything else to zod, for zod's errors.
 */
export function envelopeSchema<K extends string, T extends z.ZodType>(key: K, item: T) {
  return withFastParse(
    z.looseObject({
      pagination: paginationSchema.optional(),
      Warnings: z.array(validationMessageSchema).optional(),
      ...({ [key]: z.array(item) } as { [P in K]: z.ZodArray<T> }),
    }),
    [xeroDate],
  );
}
