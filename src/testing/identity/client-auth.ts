import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RegisteredApp, World } from '../world.js';

export type ClientAuthResult = { ok: true; app: RegisteredApp; method: 'basic' | 'post' } | { ok: false };

/** client_secret_basic (Authorization: Basic) or client_secret_post (form fields); both work with Xero. */
export function authenticateClient(
  world: World,
  req: IncomingMessage,
  form: URLSearchParams,
): ClientAuthResult {
  const header = req.headers.authorization;
  let clientId: string | null;
  let secret: string | null;
  let method: 'basic' | 'post';
  if (header?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { ok: false };
    // RFC 6749 §2.3.1: both halves are form-urlencoded before base64 (openid-client does this).
    clientId = formDecode(decoded.slice(0, colon));
    secret = formDecode(decoded.slice(colon + 1));
    method = 'basic';
  } else {
    clientId = form.get('client_id');
    secret = form.get('client_secret');
    method = 'post';
  }
  if (!clientId || !secret) return { ok: false };
  const app = world.apps.get(clientId);
  if (app === undefined || !sameSecret(app.clientSecret, secret)) return { ok: false };
  return { ok: true, app, method };
}

function formDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
