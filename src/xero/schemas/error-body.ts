import { z } from 'zod';
import { validationMessageSchema } from './common.js';

/** Xero's 400 body: `{ ErrorNumber, Type: 'ValidationException', Message, Elements: [{ ValidationErrors }] }`. */
export const xeroErrorBodySchema = z.looseObject({
  ErrorNumber: z.number().optional(),
  Type: z.string().optional(),
  Message: z.string().optional(),
  Elements: z
    .array(z.looseObject({ ValidationErrors: z.array(validationMessageSchema).optional() }))
    .optional(),
});

/** Xero's problem JSON for 401/403: `{ Title, Status, Detail }`. */
export const problemBodySchema = z.looseObject({
  Title: z.string().optional(),
  Status: z.number().optional(),
  Detail: z.string().optional(),
});
