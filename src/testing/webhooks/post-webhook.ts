import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** The receiver's answer to one webhook request, or why there was none. */
export type PostOutcome = { status: number } | { status: undefined; error: string };

/**
 * POSTs one signed body, as Xero does: JSON, `x-xero-signature`, no keep-alive (each delivery stands
 * alone, and close() leaves no pooled socket behind). Gives up after `timeoutMs` or when `signal` fires.
 */
export function postWebhook(
  url: URL,
  body: string,
  signature: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<PostOutcome> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve({ status: undefined, error: 'closed' });
      return;
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const req = send(url, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'x-xero-signature': signature,
        'user-agent': 'Xero-Webhooks (simulator)',
        connection: 'close',
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      settle({ status: undefined, error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    const onAbort = () => {
      req.destroy();
      settle({ status: undefined, error: 'closed' });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => settle({ status: res.statusCode ?? 0 }));
      res.on('error', () => settle({ status: res.statusCode ?? 0 }));
    });
    req.on('error', (error) => settle({ status: undefined, error: error.message }));
    req.end(body);
  });
}
