import type { z } from 'zod';
import { XeroApiError } from '../errors/api-errors.js';
import type { XeroResponse } from './call-pipeline.js';

/**
 * Validates a response body. A shape Xero did not document is a deterministic problem, so it is an
 * `XeroApiError` (not retried); the message names the offending fields, never their values.
 */
export function parseResponse<S extends z.ZodType>(schema: S, response: XeroResponse): z.output<S> {
  const result = schema.safeParse(response.data);
  if (result.success) return result.data;
  const fields = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  const { meta } = response;
  throw new XeroApiError(`Xero's response did not have the expected shape (${fields})`, {
    accountId: meta.accountId,
    role: meta.role,
    tenantId: meta.tenantId,
    method: meta.method,
    path: meta.path,
    status: response.status,
  });
}
