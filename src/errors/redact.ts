/**
 * Secrets must never reach a message, a log line or a serialized error. These helpers scrub the shapes
 * a Xero secret can take: bearer headers, JWTs (access and id tokens), and form or JSON fields that carry
 * tokens, codes, verifiers or client secrets.
 */
/**
 * Values a `code=` / `token:` field may hold that are never secret: the registered OAuth 2.0 and OpenID
 * Connect error codes (RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3.1, OIDC Core §3.1.2.6). "authorization
 * code: server_error" must stay readable; a real code or token is never exactly one of these words.
 */
const OAUTH_ERROR_CODES: ReadonlySet<string> = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'access_denied',
  'unsupported_response_type',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
  'interaction_required',
  'login_required',
  'account_selection_required',
  'consent_required',
  'invalid_request_uri',
  'invalid_request_object',
  'request_not_supported',
  'request_uri_not_supported',
  'registration_not_supported',
]);

/**
 * `key: value`, `key=value` and `"key":"value"` for keys that carry secrets. Token and secret keys match
 * anywhere (`xeroAccessToken=` too: over-redacting is cheap); `code` only as a word of its own or after `_`
 * (`code=`, `authCode=`, `error_code=`), never inside `statusCode` or `unicode`.
 */
const SECRET_FIELD =
  /((?:access_?token|refresh_?token|id_?token|client_?secret|code_?verifier|password|authorization|token|(?<![a-z0-9])(?:auth(?:orization)?_?)?code)["']?\s*[:=]\s*["']?)([^"'&\s,}]+)/gi;

/** An example's stand-in (`clientSecret: '…'`), not a secret. */
const PLACEHOLDER = /^(?:…|\.{3})$/;

const SCRUBBERS: ReadonlyArray<(text: string) => string> = [
  (text) => text.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'),
  (text) => text.replace(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'),
  (text) =>
    text.replace(SECRET_FIELD, (match, key: string, value: string) =>
      OAUTH_ERROR_CODES.has(value) || PLACEHOLDER.test(value) ? match : `${key}[redacted]`,
    ),
];

/** Scrubs secrets from a string. */
export function redact(text: string): string {
  let out = text;
  for (const scrub of SCRUBBERS) out = scrub(out);
  return out;
}

const SECRET_KEYS =
  /^(authorization|access_?token|refresh_?token|id_?token|client_?secret|code_?verifier|password|secret|cookie|set-cookie|token|previous_?refresh_?token|key|keys|encryption_?keys?)$/i;

/** Deep-copies plain data, replacing values under secret-looking keys and scrubbing strings. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[truncated]';
  if (typeof value === 'string') return redact(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactValue(v, depth + 1));
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redactValue(v, depth + 1);
  }
  return out;
}

/**
 * C0 (CR, LF, ESC…), DEL, C1, the Unicode line/paragraph separators and bidi controls: in a message they
 * could forge log lines, drive a terminal or hide text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Text a remote party chose (an OAuth `error` / `error_description`, Xero's `Detail` or `Message`), made
 * fit for a message: control characters become spaces, whitespace runs collapse to one line, secrets are
 * scrubbed (before cutting, so no partial token survives) and the result is cut to `maxLength` characters.
 */
export function remoteText(text: string, maxLength: number): string {
  const oneLine = redact(text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim());
  if (oneLine.length <= maxLength) return oneLine;
  let cut = Math.max(0, maxLength - 1);
  // Never split a surrogate pair.
  const last = oneLine.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${oneLine.slice(0, cut)}…`;
}
