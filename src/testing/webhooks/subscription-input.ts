import { isIPv4 } from 'node:net';
import { z } from 'zod';
import type { SimWebhookCategory, SimWebhookSubscriptionInput } from './webhook-types.js';

/** A subscription with its defaults applied; durations still in Xero time. */
export type ResolvedSubscriptionInput = Required<Omit<SimWebhookSubscriptionInput, 'url'>> & { url: URL };

const ms = z.number().int().min(0).max(86_400_000);

export const subscriptionInputSchema = z.strictObject({
  clientId: z.string().min(1),
  url: z
    .string()
    .url()
    .refine(
      (u) => isLoopbackHttpUrl(u),
      'must be an http(s) URL on a loopback host (127.0.0.0/8, localhost, [::1])',
    ),
  key: z.string().min(1),
  categories: z
    .array(z.enum(['INVOICE', 'CONTACT']))
    .min(1)
    .optional(),
  batchWindowMs: ms.optional(),
  maxEventsPerBatch: z.number().int().min(1).max(10_000).optional(),
  answerTimeoutMs: ms.min(1).optional(),
  retryBaseMs: ms.min(1).optional(),
  retryMaxMs: ms.min(1).optional(),
  failingAfter: z.number().int().min(1).max(1000).optional(),
});

export function resolveSubscriptionInput(
  input: z.infer<typeof subscriptionInputSchema>,
): ResolvedSubscriptionInput {
  return {
    clientId: input.clientId,
    url: new URL(input.url),
    key: input.key,
    categories: [...new Set<SimWebhookCategory>(input.categories ?? ['INVOICE', 'CONTACT'])],
    batchWindowMs: input.batchWindowMs ?? 1000,
    maxEventsPerBatch: input.maxEventsPerBatch ?? 500,
    answerTimeoutMs: input.answerTimeoutMs ?? 5000,
    retryBaseMs: input.retryBaseMs ?? 1000,
    retryMaxMs: Math.max(input.retryMaxMs ?? 60_000, input.retryBaseMs ?? 1000),
    failingAfter: input.failingAfter ?? 5,
  };
}

function isLoopbackHttpUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || (isIPv4(host) && host.startsWith('127.'));
}
