import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../errors/configuration-error.js';
import { ClosedError, StoreError } from '../errors/infrastructure-errors.js';
import { isRole, type Role } from '../roles.js';
import { KeyedMutex } from './keyed-mutex.js';
import { TokenFileCipher, type TokenFileKey } from './token-file-cipher.js';
import type { PutResult, StoredConnection, TokenStore, Versioned } from './token-store.js';

export type { TokenFileKey } from './token-file-cipher.js';

export interface EncryptedFileTokenStoreOptions {
  /** Directory holding one encrypted file per account. Created (mode 0700) on first write. */
  dir: string;
  /**
   * AES-256 keys, newest first: files are written with the first and read with whichever key they name,
   * so a new key can be added in front and the old one dropped once every file was rewritten.
   * @example [{ id: '2026-01', key: process.env.XERO_TOKEN_KEY! }] // base64 of 32 random bytes
   */
  keys: TokenFileKey[];
}

/** Plaintext of one account's file. */
interface AccountDocument {
  accountId: string;
  records: Partial<Record<Role, Versioned<StoredConnection>>>;
  /** Last version of deleted records, so a re-created record never reuses a version a stale writer holds. */
  tombstones: Partial<Record<Role, number>>;
}

const FILE_MODE = 0o600;

/**
 * The embedded default persistent store: AES-256-GCM encrypted JSON, one file per account.
 *
 * One file per account (not one file for everything): a refresh rewrites only that account's few hundred
 * bytes instead of every account's tokens, writes to different accounts never queue behind each other, and
 * a damaged file affects one account. Writes are atomic (temp file, fsync, rename, fsync of the directory),
 * serialized per file inside this instance, and compare-and-set on per-record versions.
 *
 * It serves one process: use a single instance per directory. Several processes sharing tokens need a
 * shared store with atomic compare-and-set across processes (the Redis store).
 */
export class EncryptedFileTokenStore implements TokenStore {
  readonly #dir: string;
  readonly #cipher: TokenFileCipher;
  readonly #writes = new KeyedMutex();
  #closed = false;

  constructor(options: EncryptedFileTokenStoreOptions) {
    if (typeof options?.dir !== 'string' || options.dir.trim() === '') {
      throw new ConfigurationError('Invalid EncryptedFileTokenStore options: dir must be a directory path', [
        { path: 'dir', message: 'must be a non-empty path' },
      ]);
    }
    this.#dir = resolve(options.dir);
    this.#cipher = new TokenFileCipher(options.keys);
  }

  /** The file that holds an account's connections (its name is a hash: account ids stay private). */
  fileFor(accountId: string): string {
    const digest = createHash('sha256').update(accountId, 'utf8').digest('hex').slice(0, 40);
    return join(this.#dir, `account-${digest}.json`);
  }

  async get(accountId: string, role: Role): Promise<Versioned<StoredConnection> | null> {
    this.#assertOpen();
    const doc = await this.#read(accountId);
    return doc.records[role] ?? null;
  }

  async list(accountId: string): Promise<Array<Versioned<StoredConnection>>> {
    this.#assertOpen();
    const doc = await this.#read(accountId);
    return Object.values(doc.records).filter((r) => r !== undefined);
  }

  put(value: StoredConnection, expectedVersion: number | null): Promise<PutResult> {
    this.#assertOpen();
    return this.#writes.run(this.fileFor(value.accountId), async () => {
      const doc = await this.#read(value.accountId);
      const current = doc.records[value.role];
      if ((current?.version ?? null) !== expectedVersion) return { ok: false, current: current ?? null };
      const version = (current?.version ?? doc.tombstones[value.role] ?? 0) + 1;
      doc.records[value.role] = { value: JSON.parse(JSON.stringify(value)) as StoredConnection, version };
      delete doc.tombstones[value.role];
      await this.#write(doc);
      return { ok: true, version };
    });
  }

  delete(accountId: string, role: Role, expectedVersion?: number): Promise<boolean> {
    this.#assertOpen();
    return this.#writes.run(this.fileFor(accountId), async () => {
      const doc = await this.#read(accountId);
      const current = doc.records[role];
      if (current === undefined) return false;
      if (expectedVersion !== undefined && current.version !== expectedVersion) return false;
      delete doc.records[role];
      doc.tombstones[role] = current.version;
      await this.#write(doc);
      return true;
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #assertOpen(): void {
    if (this.#closed) throw new ClosedError('The encrypted file token store was closed');
  }

  async #read(accountId: string): Promise<AccountDocument> {
    const file = this.fileFor(accountId);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { accountId, records: {}, tombstones: {} };
      throw new StoreError(`Cannot read token file ${file}`, { cause: error, accountId });
    }
    let doc: unknown;
    try {
      const plaintext = this.#cipher.open(JSON.parse(bytes.toString('utf8')), context(accountId));
      doc = JSON.parse(plaintext.toString('utf8'));
    } catch (error) {
      const why = error instanceof SyntaxError ? 'it is not valid JSON (corrupt)' : (error as Error).message;
      throw new StoreError(`Cannot open token file ${file}: ${why}`, { accountId });
    }
    if (!isAccountDocument(doc, accountId)) {
      throw new StoreError(`Token file ${file} holds data of an unexpected shape`, { accountId });
    }
    return doc;
  }

  async #write(doc: AccountDocument): Promise<void> {
    const file = this.fileFor(doc.accountId);
    const sealed = this.#cipher.seal(Buffer.from(JSON.stringify(doc), 'utf8'), context(doc.accountId));
    const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(this.#dir, { recursive: true, mode: 0o700 });
      const handle = await open(temp, 'wx', FILE_MODE);
      try {
        await handle.chmod(FILE_MODE); // the umask may have narrowed the mode; make it exactly 0600
        await handle.writeFile(JSON.stringify(sealed), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
      await chmod(file, FILE_MODE);
      await syncDirectory(this.#dir);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw new StoreError(`Cannot write token file ${file}`, { cause: error, accountId: doc.accountId });
    }
  }
}

/** Authenticated with every file: a file copied over another account's fails to decrypt. */
function context(accountId: string): string {
  return `xero-connections/token-file/v1:${accountId}`;
}

/** Makes the rename durable: without it a power cut may leave the directory entry pointing at the old file. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows, some network filesystems) cannot fsync a directory; the rename is still atomic.
    if (!['EISDIR', 'EINVAL', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? ''))
      throw error;
  } finally {
    await handle.close();
  }
}

function isAccountDocument(value: unknown, accountId: string): value is AccountDocument {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.accountId !== accountId) return false;
  if (typeof v.records !== 'object' || v.records === null) return false;
  if (typeof v.tombstones !== 'object' || v.tombstones === null) return false;
  for (const [role, record] of Object.entries(v.records as Record<string, unknown>)) {
    if (!isRole(role) || typeof record !== 'object' || record === null) return false;
    const r = record as Record<string, unknown>;
    if (typeof r.version !== 'number' || typeof r.value !== 'object' || r.value === null) return false;
    const c = r.value as Record<string, unknown>;
    if (c.accountId !== accountId || c.role !== role) return false;
    if (typeof c.accessToken !== 'string' || typeof c.refreshToken !== 'string') return false;
  }
  return true;
}
