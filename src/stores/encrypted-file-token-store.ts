import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { ClosedError, StoreError } from '../errors/infrastructure-errors.js';
import type { Logger } from '../logger.js';
import { parseOptions } from '../options.js';
import { isRole, type Role } from '../roles.js';
import { AccountFileLocks, type HeldLock } from './account-file-lock.js';
import { checkListAllOptions } from './connection-listing.js';
import { KeyedMutex } from './keyed-mutex.js';
import { type SealedFile, TokenFileCipher, type TokenFileKey } from './token-file-cipher.js';
import type {
  ConnectionPage,
  ListAllOptions,
  PutResult,
  StoredConnection,
  TokenStore,
  Versioned,
} from './token-store.js';

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
  /**
   * The lock every write (compare-and-set, delete) holds on its account's file, shared by all processes
   * and store instances using the directory.
   */
  lock?: {
    /**
     * A lock not refreshed for this long (its holder crashed or was SIGKILLed) is taken over, in real ms.
     * A live holder refreshes it every `staleMs / 2`. At least 2000 (proper-lockfile's minimum).
     * @default 10000
     */
    staleMs?: number;
    /**
     * How long a write waits for a held lock before failing with a StoreError (nothing written), in real
     * ms. Keep it above `staleMs` so a write can outwait a crashed holder's lock.
     * @default 20000
     */
    waitMs?: number;
  };
  /**
   * Receives the store's warnings (e.g. a token directory readable by its group or others). Without it
   * they go to `process.emitWarning`.
   */
  logger?: Logger;
}

const DEFAULT_STALE_MS = 10_000;
const DEFAULT_WAIT_MS = 20_000;

const optionsSchema = z.object({
  dir: z.string().trim().min(1, 'must be a non-empty directory path'),
  keys: z.array(z.unknown()), // validated by TokenFileCipher, which never echoes key material
  lock: z
    .strictObject({
      staleMs: z.number().int().min(2_000).max(600_000).optional(),
      waitMs: z.number().int().min(0).max(600_000).optional(),
    })
    .optional(),
  logger: z
    .custom<Logger>(
      (v) => typeof v === 'object' && v !== null && typeof (v as Logger).warn === 'function',
      'must be a logger with a warn(message, fields) method',
    )
    .optional(),
});

/** Plaintext of one account's file. */
interface AccountDocument {
  accountId: string;
  records: Partial<Record<Role, Versioned<StoredConnection>>>;
  /** Last version of deleted records, so a re-created record never reuses a version a stale writer holds. */
  tombstones: Partial<Record<Role, number>>;
}

const FILE_MODE = 0o600;
/** The names of account files (the digest of the account id); temp and lock files never match. */
const ACCOUNT_FILE = /^account-[0-9a-f]{40}\.json$/;

/**
 * The file as written: the sealed document, plus the account id sealed on its own so a directory listing
 * can learn whose file it is (the document's own seal is bound to the account id, which the name hides).
 * Files written before the listing existed lack `account` until their next write.
 */
type AccountFile = SealedFile & { account?: SealedFile };

/**
 * The embedded default persistent store: AES-256-GCM encrypted JSON, one file per account.
 *
 * One file per account (not one file for everything): a refresh rewrites only that account's few hundred
 * bytes instead of every account's tokens, writes to different accounts never queue behind each other, and
 * a damaged file affects one account. Writes are atomic (temp file, fsync, rename, fsync of the directory),
 * so a reader sees the old file or the new one, never a half-written one, and compare-and-set on
 * per-record versions.
 *
 * Each write holds its account's lock file (`<file>.lock`) across processes, so several processes and
 * store instances on one machine may share a directory; a crashed holder's lock is taken over after
 * `lock.staleMs`. The lock relies on atomic mkdir and mtimes of a local filesystem: do not share the
 * directory over NFS/SMB or between machines (use the Redis store for several machines). The lock guards
 * storage only: refreshes are coordinated per process by the host's default refresh lock (see
 * docs/guides/token-storage.md).
 */
export class EncryptedFileTokenStore implements TokenStore {
  readonly #dir: string;
  readonly #cipher: TokenFileCipher;
  /** In-process first: writers of this instance queue here instead of polling the lock file. */
  readonly #writes = new KeyedMutex();
  readonly #locks: AccountFileLocks;
  readonly #logger: Logger | undefined;
  #dirChecked: Promise<void> | undefined;
  #closed = false;

  constructor(options: EncryptedFileTokenStoreOptions) {
    const parsed = parseOptions(
      optionsSchema,
      options,
      'EncryptedFileTokenStore options',
      "{ dir: '/var/lib/app/xero-tokens', keys: [{ id: '2026-01', key: process.env.XERO_TOKEN_KEY }] }",
    );
    this.#dir = resolve(parsed.dir);
    this.#cipher = new TokenFileCipher(options.keys);
    this.#logger = parsed.logger;
    this.#locks = new AccountFileLocks({
      staleMs: parsed.lock?.staleMs ?? DEFAULT_STALE_MS,
      waitMs: parsed.lock?.waitMs ?? DEFAULT_WAIT_MS,
    });
  }

  /** The file that holds an account's connections (its name is a hash: account ids stay private). */
  fileFor(accountId: string): string {
    const digest = createHash('sha256').update(accountId, 'utf8').digest('hex').slice(0, 40);
    return join(this.#dir, `account-${digest}.json`);
  }

  async get(accountId: string, role: Role): Promise<Versioned<StoredConnection> | null> {
    this.#assertOpen();
    await this.#checkDirectoryMode();
    const doc = await this.#read(accountId);
    return doc.records[role] ?? null;
  }

  async list(accountId: string): Promise<Array<Versioned<StoredConnection>>> {
    this.#assertOpen();
    await this.#checkDirectoryMode();
    const doc = await this.#read(accountId);
    return Object.values(doc.records).filter((r) => r !== undefined);
  }

  /**
   * Pages through the directory in file-name order (names are digests, so the order says nothing about
   * the accounts); the cursor is the last file of the previous page. Each page lists the directory's
   * names (not its contents) and reads only its own files. Files written before the listing existed are
   * counted in `unlisted` until their next write (any refresh) names their account.
   */
  async listAll(options?: ListAllOptions): Promise<ConnectionPage> {
    this.#assertOpen();
    const { cursor, limit } = checkListAllOptions(options, (c) => ACCOUNT_FILE.test(c));
    await this.#checkDirectoryMode();
    let names: string[];
    try {
      names = await readdir(this.#dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { items: [], nextCursor: null };
      throw new StoreError(`Cannot list token directory ${this.#dir}`, { cause: error });
    }
    const files = names.filter((n) => ACCOUNT_FILE.test(n) && (cursor === undefined || n > cursor)).sort();
    const page = files.slice(0, limit);
    const docs = await Promise.all(page.map((name) => this.#readListed(name)));
    const items: Array<Versioned<StoredConnection>> = [];
    let unlisted = 0;
    for (const doc of docs) {
      if (doc === 'unnamed') unlisted++;
      else if (doc !== null) items.push(...Object.values(doc.records).filter((r) => r !== undefined));
    }
    const nextCursor = files.length > limit ? (page.at(-1) ?? null) : null;
    return unlisted === 0 ? { items, nextCursor } : { items, nextCursor, unlisted };
  }

  async put(value: StoredConnection, expectedVersion: number | null): Promise<PutResult> {
    this.#assertOpen();
    await this.#checkDirectoryMode();
    return this.#locked(value.accountId, async (held) => {
      const doc = await this.#read(value.accountId);
      const current = doc.records[value.role];
      if ((current?.version ?? null) !== expectedVersion) return { ok: false, current: current ?? null };
      const version = (current?.version ?? doc.tombstones[value.role] ?? 0) + 1;
      doc.records[value.role] = { value: JSON.parse(JSON.stringify(value)) as StoredConnection, version };
      delete doc.tombstones[value.role];
      await this.#write(doc, held);
      return { ok: true, version };
    });
  }

  async delete(accountId: string, role: Role, expectedVersion?: number): Promise<boolean> {
    this.#assertOpen();
    await this.#checkDirectoryMode();
    // Nothing to delete needs no lock (and creates no directory): absent now is a valid answer.
    if ((await this.#read(accountId)).records[role] === undefined) return false;
    return this.#locked(accountId, async (held) => {
      const doc = await this.#read(accountId);
      const current = doc.records[role];
      if (current === undefined) return false;
      if (expectedVersion !== undefined && current.version !== expectedVersion) return false;
      delete doc.records[role];
      doc.tombstones[role] = current.version;
      await this.#write(doc, held);
      return true;
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #assertOpen(): void {
    if (this.#closed) throw new ClosedError('The encrypted file token store was closed');
  }

  /** The in-process mutex, then the account's lock file: the read-compare-write runs alone on the machine. */
  #locked<T>(accountId: string, fn: (held: HeldLock) => Promise<T>): Promise<T> {
    const file = this.fileFor(accountId);
    return this.#writes.run(file, async () => {
      try {
        await mkdir(this.#dir, { recursive: true, mode: 0o700 }); // the lock lives in the directory
      } catch (error) {
        throw new StoreError(`Cannot create token directory ${this.#dir}`, { cause: error, accountId });
      }
      return this.#locks.run(file, accountId, fn);
    });
  }

  /**
   * Warns once per store if the directory is open to its group or others. The files are 0600 and
   * encrypted, but such a directory lets others delete or replace them; the user's mode is never changed.
   */
  #checkDirectoryMode(): Promise<void> {
    this.#dirChecked ??= (async () => {
      if (process.platform === 'win32') return; // POSIX modes do not describe Windows ACLs
      let mode: number;
      try {
        mode = (await stat(this.#dir)).mode & 0o777;
      } catch {
        return; // absent: it is created 0700; unreadable: the read itself reports it
      }
      if ((mode & 0o077) === 0) return;
      const octal = `0${mode.toString(8)}`;
      const message = `Token directory ${this.#dir} is accessible to its group or others (mode ${octal}): restrict it with \`chmod 700\` (the SDK does not change it)`;
      if (this.#logger !== undefined) this.#logger.warn(message, { dir: this.#dir, mode: octal });
      else process.emitWarning(message, { code: 'XERO_CONNECTIONS_TOKEN_DIR_MODE' });
    })();
    return this.#dirChecked;
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
    return this.#open(file, bytes, accountId);
  }

  /** A listed file's document; null if it vanished meanwhile, 'unnamed' if it names no account yet. */
  async #readListed(name: string): Promise<AccountDocument | 'unnamed' | null> {
    const file = join(this.#dir, name);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; // deleted meanwhile
      throw new StoreError(`Cannot read token file ${file}`, { cause: error });
    }
    let sealed: AccountFile;
    try {
      sealed = JSON.parse(bytes.toString('utf8')) as AccountFile;
    } catch {
      throw new StoreError(`Cannot open token file ${file}: it is not valid JSON (corrupt)`);
    }
    if (typeof sealed !== 'object' || sealed === null) {
      throw new StoreError(`Token file ${file} holds data of an unexpected shape`);
    }
    if (sealed.account === undefined) return 'unnamed';
    let accountId: string;
    try {
      accountId = this.#cipher.open(sealed.account, ACCOUNT_ID_CONTEXT).toString('utf8');
    } catch (error) {
      throw new StoreError(`Cannot open token file ${file}: ${(error as Error).message}`);
    }
    // The name is the digest of the account id: a file copied or renamed onto another name is refused.
    if (basename(this.fileFor(accountId)) !== name) {
      throw new StoreError(`Token file ${file} names another account (copied or renamed); refusing it`);
    }
    return this.#open(file, bytes, accountId);
  }

  #open(file: string, bytes: Buffer, accountId: string): AccountDocument {
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

  async #write(doc: AccountDocument, held: HeldLock): Promise<void> {
    const file = this.fileFor(doc.accountId);
    const sealed: AccountFile = {
      ...this.#cipher.seal(Buffer.from(JSON.stringify(doc), 'utf8'), context(doc.accountId)),
      account: this.#cipher.seal(Buffer.from(doc.accountId, 'utf8'), ACCOUNT_ID_CONTEXT),
    };
    const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'wx', FILE_MODE);
      try {
        await handle.chmod(FILE_MODE); // the umask may have narrowed the mode; make it exactly 0600
        await handle.writeFile(JSON.stringify(sealed), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      held.assertHeld(); // a writer that lost its lock must not replace what the new holder wrote
      await rename(temp, file);
      await chmod(file, FILE_MODE);
      await syncDirectory(this.#dir);
    } catch (error) {
      await unlink(temp).catch(() => {});
      if (error instanceof StoreError) throw error;
      throw new StoreError(`Cannot write token file ${file}`, { cause: error, accountId: doc.accountId });
    }
  }
}

/** The context of the sealed account id in every file (the id is checked against the file name). */
const ACCOUNT_ID_CONTEXT = 'xero-connections/token-file/v1/account-id';

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
