import { z } from 'zod';

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
  createdDateUtc: z.string(),
  updatedDateUtc: z.string(),
});

export const connectionsSchema = z.array(connectionSchema);
