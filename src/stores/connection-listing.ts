import { ConfigurationError, InvalidArgumentError } from '../errors/configuration-error.js';
import type { ConnectionPage, ListAllOptions, TokenStore } from './token-store.js';

/** Accounts per page when `listAll` is called without a limit. */
export const DEFAULT_LIST_LIMIT = 100;
/** The largest page a caller may ask for: a page is held in memory whole. */
export const MAX_LIST_LIMIT = 1_000;

/**
 * Checks `listAll` options the same way in every store: a clear error naming the field, nothing read.
 * `cursorValid` says whether a cursor has the store's own shape (cursors are opaque to callers).
 */
export function checkListAllOptions(
  options: ListAllOptions | undefined,
  cursorValid: (cursor: string) => boolean,
): { cursor: string | undefined; limit: number } {
  const issues: Array<{ path: string; message: string }> = [];
  const { cursor, limit } = options ?? {};
  if (cursor !== undefined && (typeof cursor !== 'string' || !cursorValid(cursor))) {
    issues.push({ path: 'cursor', message: "must be a previous page's nextCursor" });
  }
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIST_LIMIT)) {
    issues.push({ path: 'limit', message: `must be an integer from 1 to ${MAX_LIST_LIMIT}` });
  }
  if (issues.length > 0) {
    throw new InvalidArgumentError(
      `Invalid listAll options: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      issues,
    );
  }
  return { cursor, limit: limit ?? DEFAULT_LIST_LIMIT };
}

/** Whether the store can list every account's connections (`listAll` is optional for custom stores). */
export function canListAll(store: TokenStore): store is TokenStore & Required<Pick<TokenStore, 'listAll'>> {
  return typeof store.listAll === 'function';
}

/**
 * Every page of `store.listAll`: only one page is ever held, so a sweep of many thousand accounts stays
 * small. A connection the store repeats across pages (Redis SCAN may) comes again; every consumer here is
 * idempotent. Stops between pages when `signal` fires.
 */
export async function* connectionPages(
  store: TokenStore,
  options: { pageSize?: number | undefined; signal?: AbortSignal | undefined } = {},
): AsyncGenerator<ConnectionPage> {
  if (!canListAll(store)) {
    throw new ConfigurationError(
      'The token store cannot list connections: implement TokenStore.listAll (the memory, encrypted file and Redis stores do)',
      [{ path: 'store.listAll', message: 'not implemented by this store' }],
    );
  }
  let cursor: string | undefined;
  for (;;) {
    if (options.signal?.aborted) return;
    const page = await store.listAll({ cursor, limit: options.pageSize });
    yield page;
    if (page.nextCursor === null) return;
    cursor = page.nextCursor;
  }
}
