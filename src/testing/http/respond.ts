import type { ServerResponse } from 'node:http';

export type Headers = Record<string, string | number>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  // Encoded once: a 1000-invoice page is over a megabyte, and byteLength + end(text) would walk it twice.
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': bytes.length,
    ...headers,
  });
  res.end(bytes);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Headers = {}): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Bytes as they are (an attachment download); `headers` carry their content type. */
export function sendBytes(
  res: ServerResponse,
  status: number,
  bytes: Uint8Array,
  headers: Headers = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/octet-stream',
    ...headers,
    'content-length': bytes.byteLength,
  });
  res.end(bytes);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'cache-control': 'no-store', 'content-length': 0 });
  res.end();
}

/** Xero's problem-JSON shape for 401/403 from the API gateway. */
export function problem(status: number, title: string, detail: string): Record<string, unknown> {
  return {
    Type: null,
    Title: title,
    Status: status,
    Detail: detail,
    Instance: crypto.randomUUID(),
    Extensions: {},
  };
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** 200 with a body that is not valid JSON, as a truncated response would be. */
export function sendMalformedJson(res: ServerResponse, headers: Headers = {}): void {
  const text = '{"Id":"truncated","Status":"OK","Items":[{"';
  res.writeHead(200, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
