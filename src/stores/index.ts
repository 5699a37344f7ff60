// Internal barrel of the stores. The Redis implementations live in src/redis/.
export {
  EncryptedFileTokenStore,
  type EncryptedFileTokenStoreOptions,
} from './encrypted-file-token-store.js';
export { InProcessRefreshLock } from './in-process-refresh-lock.js';
export { KeyedMutex } from './keyed-mutex.js';
export {
  MemoryPendingAuthorizationStore,
  type MemoryPendingAuthorizationStoreOptions,
} from './memory-pending-authorization-store.js';
export { MemoryTokenStore } from './memory-token-store.js';
export type { PendingAuthorization, PendingAuthorizationStore } from './pending-authorization-store.js';
export { recordKey } from './record-key.js';
export type { TokenFileKey } from './token-file-cipher.js';
export type { PutResult, RefreshLock, StoredConnection, TokenStore, Versioned } from './token-store.js';
