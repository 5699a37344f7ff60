import { InvalidArgumentError } from '../errors/configuration-error.js';

/** Accepts the full callback URL, its query string, URLSearchParams or a plain record of parameters. */
export function parseCallbackParams(
  callback: string | URL | URLSearchParams | Record<string, string>,
): URLSearchParams {
  if (callback instanceof URLSearchParams) return new URLSearchParams(callback);
  if (callback instanceof URL) return new URLSearchParams(callback.search);
  if (typeof callback === 'string') {
    const text = callback.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      try {
        return new URLSearchParams(new URL(text).search);
      } catch {
        throw invalid();
      }
    }
    const q = text.indexOf('?');
    return new URLSearchParams(q === -1 ? text : text.slice(q + 1));
  }
  if (typeof callback === 'object' && callback !== null) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(callback)) {
      if (typeof value === 'string') params.set(key, value);
    }
    return params;
  }
  throw invalid();
}

function invalid(): InvalidArgumentError {
  return new InvalidArgumentError(
    'Invalid authorization callback: pass the callback URL, its query string, URLSearchParams or a record of its parameters',
    [{ path: 'callback', message: 'must be a URL, query string, URLSearchParams or record' }],
  );
}
