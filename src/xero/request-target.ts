import { InvalidArgumentError } from '../errors/configuration-error.js';
import { formatXeroDate } from './xero-date.js';

/** Query parameter values the SDK serialises: arrays become Xero's comma-separated lists. */
export type QueryValue = string | number | boolean | Date | ReadonlyArray<string | number> | undefined;

/** Where a request goes and what its errors and events call it. */
export interface RequestTarget {
  url: string;
  /** Path under the API root, without the query string (safe to log). */
  displayPath: string;
  /** `GET /connections` and friends need no tenant and charge only the app-wide limit. */
  tenantless: boolean;
}

const ACCOUNTING_ROOT = '/api.xro/2.0';

/**
 * Resolves a request path: `/Invoices` → `{apiUrl}/api.xro/2.0/Invoices`; `/connections…` and
 * `/api.xro/…`-style paths are taken as under the API root. Absolute URLs are refused: a token must
 * never be sent to another host.
 *
 * The path is normalised before it is classified (empty and `.` segments dropped), and a `..` segment in
 * any spelling (`%2e%2e`, `%252e%252e`, `..%2f`, backslashes, tabs the URL parser would strip) is refused
 * rather than resolved: no Xero endpoint has one, so it is a bug or a value spliced into the path, and
 * resolving it would send the call, with its tenant header, to an endpoint the caller did not name.
 */
export function resolveTarget(
  apiUrl: string,
  path: string,
  params?: Record<string, QueryValue>,
): RequestTarget {
  if (
    typeof path !== 'string' ||
    path.trim() === '' ||
    /^[a-z][a-z0-9+.-]*:/i.test(path) ||
    path.startsWith('//')
  ) {
    throw new InvalidArgumentError('path must be a path under the Xero API such as /Invoices (not a URL)', [
      { path: 'path', message: 'expected a relative path' },
    ]);
  }
  const q = path.indexOf('?');
  const rawPath = q === -1 ? path : path.slice(0, q);
  const inlineQuery = q === -1 ? '' : path.slice(q);
  const normalised = normalisePath(rawPath.startsWith('/') ? rawPath : `/${rawPath}`, path);
  const tenantless = /^\/connections(\/|$)/i.test(normalised);
  const rooted =
    tenantless || /^\/api\.[a-z]+\//i.test(normalised) ? normalised : `${ACCOUNTING_ROOT}${normalised}`;
  const query = serializeQuery(params);
  const joiner = inlineQuery === '' ? '?' : '&';
  return {
    url: `${apiUrl.replace(/\/+$/, '')}${rooted}${inlineQuery}${query ? `${joiner}${query}` : ''}`,
    displayPath: rooted,
    tenantless,
  };
}

/** Drops empty and `.` segments; refuses `..` in any encoding, backslashes, control characters and `#`. */
function normalisePath(path: string, original: string): string {
  // The WHATWG URL parser strips tabs and newlines and reads `\` as `/`: `.\t./` would become `../`.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\u0000-\u001f\u007f\\#]/.test(path)) {
    throw refusedPath(original, 'a control character, a backslash or a # (encode it)');
  }
  const kept: string[] = [];
  for (const segment of path.split('/')) {
    const decoded = decodeFully(segment);
    if (decoded.split(/[/\\]/).includes('..')) {
      throw refusedPath(original, 'a ".." segment (in some encoding): it would leave the endpoint it names');
    }
    if (segment !== '' && decoded !== '.') kept.push(segment);
  }
  const trailing = path.endsWith('/') && kept.length > 0 ? '/' : '';
  return `/${kept.join('/')}${trailing}`;
}

/** Percent-decodes until nothing changes (bounded): a server that decodes twice reads `%252e` as `.`. */
function decodeFully(segment: string): string {
  let current = segment;
  for (let round = 0; round < 8; round++) {
    const next = current.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

function refusedPath(path: string, what: string): InvalidArgumentError {
  const shown = JSON.stringify(path.length > 200 ? `${path.slice(0, 200)}…` : path);
  return new InvalidArgumentError(`path ${shown} has ${what}`, [{ path: 'path', message: `has ${what}` }]);
}

function serializeQuery(params: Record<string, QueryValue> | undefined): string {
  if (params === undefined) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (value instanceof Date) search.append(name, formatXeroDate(value));
    else if (Array.isArray(value)) {
      if (value.length > 0) search.append(name, value.join(','));
    } else search.append(name, String(value));
  }
  return search.toString();
}
