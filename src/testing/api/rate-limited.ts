import type { Exchange, SimContext } from '../context.js';
import { sendJson } from '../http/respond.js';
import { rateLimitedHeaders } from '../rate-limits/headers.js';
import type { Admission } from '../rate-limits/rate-limiter.js';

/** Xero's 429 for a refused admission: the problem body, the remaining and retry headers, and the log meta. */
export function sendRateLimited(
  ctx: SimContext,
  ex: Exchange,
  refusal: Extract<Admission, { ok: false }>,
): void {
  ex.meta.rateLimitProblem = refusal.problem;
  sendJson(
    ex.res,
    429,
    { Title: 'Too Many Requests', Status: 429, Detail: `Rate limit exceeded: ${refusal.problem}` },
    rateLimitedHeaders(
      refusal.problem,
      refusal.retryAfterMs,
      refusal.remaining,
      ctx.options.timeScale,
      ctx.options.variations.problemNames,
    ),
  );
}
