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
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  const tenantless = /^\/connections(\/|\?|$)/i.test(withSlash);
  const rooted =
    tenantless || /^\/api\.[a-z]+\//i.test(withSlash) ? withSlash : `${ACCOUNTING_ROOT}${withSlash}`;
  const query = serializeQuery(params);
  const joiner = rooted.includes('?') ? '&' : '?';
  const q = rooted.indexOf('?');
  return {
    url: `${apiUrl.replace(/\/+$/, '')}${rooted}${query ? `${joiner}${query}` : ''}`,
    displayPath: q === -1 ? rooted : rooted.slice(0, q),
    tenantless,
  };
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
