import { z } from 'zod';

/** A currency enabled for the organisation (`GET /Currencies`). */
export const currencySchema = z.looseObject({
  Code: z.string().optional(),
  Description: z.string().optional(),
});

export type Currency = z.output<typeof currencySchema>;
