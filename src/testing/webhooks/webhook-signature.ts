import { createHmac, randomInt } from 'node:crypto';

/** `x-xero-signature` as Xero computes it: base64 of HMAC-SHA256 over the body's bytes, keyed by the webhook key. */
export function xeroSignature(body: string, webhookKey: string): string {
  return createHmac('sha256', webhookKey).update(body, 'utf8').digest('base64');
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Xero's `entropy`: twenty random capitals, so no two bodies are alike. */
export function entropy(): string {
  let text = '';
  for (let i = 0; i < 20; i++) text += LETTERS[randomInt(LETTERS.length)];
  return text;
}
