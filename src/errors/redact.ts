/**
 * Secrets must never reach a message, a log line or a serialized error. These helpers scrub the shapes
 * a Xero secret can take: bearer headers, JWTs (access and id tokens), and form or JSON fields that carry
 * tokens, codes, verifiers or client secrets.
 */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'],
  [
    /((?:access_token|refresh_token|id_token|client_secret|code_verifier|code|token|password|authorization)["']?\s*[:=]\s*["']?)[^"'&\s,}]+/gi,
    '$1[redacted]',
  ],
];

/** Scrubs secrets from a string. */
export function redact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
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
