const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether `candidate` is one of the app's registered redirect URIs. Loopback URIs match on any port (the
 * RFC 8252 rule for native apps, so a test server on a free port works); everything else must be exact.
 */
export function isRegisteredRedirectUri(registered: readonly string[], candidate: string): boolean {
  if (registered.includes(candidate)) return true;
  let c: URL;
  try {
    c = new URL(candidate);
  } catch {
    return false;
  }
  if (c.hash !== '' || !LOOPBACK_HOSTS.has(c.hostname)) return false;
  return registered.some((r) => {
    const u = new URL(r);
    return (
      LOOPBACK_HOSTS.has(u.hostname) &&
      u.protocol === c.protocol &&
      u.hostname === c.hostname &&
      u.pathname === c.pathname &&
      u.search === c.search
    );
  });
}
