import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidArgumentError } from '../errors/configuration-error.js';

/** The header Xero signs every webhook request with. */
export const XERO_SIGNATURE_HEADER = 'x-xero-signature';

// A base64 SHA-256 digest: 32 bytes are 44 characters ending in one `=`.
const SIGNATURE_SHAPE = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Whether a webhook request really comes from Xero: `signatureHeader` must be the base64 HMAC-SHA256 of
 * the request's raw bytes under the app's webhook key, as Xero computes it. The comparison is in constant
 * time, and nothing of the body is parsed: check this before `JSON.parse` ever sees it.
 *
 * `rawBody` must be the bytes as received (a `Buffer` from `express.raw()`, Fastify's raw body, or the
 * `node:http` stream). A string is taken as those bytes in UTF-8; re-serialised JSON is not the same
 * bytes and fails. A missing, repeated or malformed header is `false`, never an exception.
 *
 * @throws InvalidArgumentError when `rawBody` is not bytes or a string (a parsed object means a JSON body
 * parser ran first), or `webhookKey` is empty. Neither depends on the request, so it is a wiring bug.
 * @example
 * if (!verifyXeroWebhook(req.body, req.headers['x-xero-signature'], env.XERO_WEBHOOK_KEY)) res.status(401).end();
 */
export function verifyXeroWebhook(
  rawBody: Uint8Array | string,
  signatureHeader: string | readonly string[] | undefined | null,
  webhookKey: string,
): boolean {
  if (typeof webhookKey !== 'string' || webhookKey === '') {
    throw new InvalidArgumentError('webhookKey must be the webhook key Xero shows for the app (non-empty)', [
      { path: 'webhookKey', message: 'expected a non-empty string' },
    ]);
  }
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    throw new InvalidArgumentError(
      `rawBody must be the request's raw bytes (Buffer or string), got ${describe(rawBody)}: was the body parsed before verification? Use express.raw({ type: 'application/json' }) or Fastify's raw body`,
      [{ path: 'rawBody', message: 'expected a Buffer, Uint8Array or string' }],
    );
  }
  // Node joins a repeated header into one string for most names but not for unknown ones in every
  // framework: two signatures are ambiguous, so neither is trusted.
  if (typeof signatureHeader !== 'string' || !SIGNATURE_SHAPE.test(signatureHeader.trim())) return false;
  const given = Buffer.from(signatureHeader.trim(), 'base64');
  const expected = createHmac('sha256', webhookKey).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
