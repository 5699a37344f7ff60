import { z } from 'zod';

/** ISO date-time without a zone designator (Xero's .NET form: `2024-01-01T10:00:00.0000000`). */
const UNZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * The dates are UTC by name, but Xero sometimes sends them without a zone, which `Date` would read as local
 * time. A zone-less value is read as UTC; every parseable value comes out as `toISOString()` (ms, `Z`);
 * anything else is kept as sent.
 */
function utcIso(value: string): string {
  const trimmed = value.trim();
  const zoned = UNZONED.test(trimmed) ? `${trimmed}Z` : trimmed;
  const at = Date.parse(zoned);
  return Number.isNaN(at) ? value : new Date(at).toISOString();
}

/** One row of `GET /connections`. */
export const connectionSchema = z.looseObject({
  id: z.string(),
  authEventId: z.string(),
  tenantId: z.string(),
  tenantType: z.string(),
  tenantName: z
    .string()
    .nullable()
    .transform((v) => v ?? ''),
  createdDateUtc: z.string().transform(utcIso),
  updatedDateUtc: z.string().transform(utcIso),
});

export const connectionsSchema = z.array(connectionSchema);
