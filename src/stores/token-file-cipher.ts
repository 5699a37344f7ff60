import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfigurationError } from '../errors/configuration-error.js';

/** A 256-bit key for the encrypted file store, with an id recorded in each file it encrypts. */
export interface TokenFileKey {
  /** A short name for the key (recorded in the file so reads pick the right key), e.g. `'2026-01'`. */
  id: string;
  /** 32 bytes, or their base64 encoding. */
  key: Buffer | Uint8Array | string;
}

/** The on-disk form of an encrypted token file. Only the key id is readable; everything else is sealed. */
export interface SealedFile {
  format: 'xero-connections/token-file';
  version: 1;
  keyId: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

const KEY_ID = /^[A-Za-z0-9._:-]{1,64}$/;
/** GCM's recommended IV length: other lengths are hashed into one, weakening its uniqueness guarantees. */
const IV_BYTES = 12;
/** The full tag: Node accepts tags down to 4 bytes, and a short tag is cheap to forge. */
const TAG_BYTES = 16;

/**
 * AES-256-GCM with key rotation: seals with the newest key (the first), opens with whichever key id the
 * file names. `context` is authenticated but not stored, binding a file to its account.
 */
export class TokenFileCipher {
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly #writeKeyId: string;

  constructor(keys: readonly TokenFileKey[]) {
    if (!Array.isArray(keys) || keys.length === 0) {
      throw new ConfigurationError('Invalid token file keys: at least one key is required', [
        { path: 'keys', message: 'at least one key is required' },
      ]);
    }
    const map = new Map<string, Buffer>();
    keys.forEach((k, i) => {
      if (typeof k?.id !== 'string' || !KEY_ID.test(k.id)) {
        throw keyError(i, 'id', 'must be 1-64 characters of letters, digits, ".", "_", ":" or "-"');
      }
      if (map.has(k.id)) throw keyError(i, 'id', `duplicate key id "${k.id}"`);
      const bytes = decodeKey(k.key);
      if (bytes?.length !== 32) {
        throw keyError(i, 'key', 'must be 32 bytes (a Buffer, or a base64 string of 32 bytes)');
      }
      map.set(k.id, bytes);
    });
    this.#keys = map;
    this.#writeKeyId = keys[0]!.id;
  }

  seal(plaintext: Buffer, context: string): SealedFile {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#keys.get(this.#writeKeyId)!, iv, {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return {
      format: 'xero-connections/token-file',
      version: 1,
      keyId: this.#writeKeyId,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    };
  }

  /** Throws a plain Error describing the problem (never the key); the store wraps it with the file name. */
  open(sealed: unknown, context: string): Buffer {
    if (!isSealedFile(sealed)) throw new Error('not a token file of a known format');
    const key = this.#keys.get(sealed.keyId);
    if (key === undefined) {
      throw new Error(
        `it was encrypted with key id "${sealed.keyId}", which is not among the configured keys (${[...this.#keys.keys()].join(', ')})`,
      );
    }
    const iv = Buffer.from(sealed.iv, 'base64');
    const tag = Buffer.from(sealed.tag, 'base64');
    // Checked before decrypting (and named, lengths only): a truncated tag would otherwise still verify.
    if (iv.length !== IV_BYTES) throw new Error(`it has an IV of ${iv.length} bytes (${IV_BYTES} required)`);
    if (tag.length !== TAG_BYTES) {
      throw new Error(`it has an authentication tag of ${tag.length} bytes (${TAG_BYTES} required)`);
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
    } catch {
      throw new Error(
        `it does not decrypt with key "${sealed.keyId}" (a different key under the same id, a file of another account, or a tampered file)`,
      );
    }
  }
}

function decodeKey(key: unknown): Buffer | undefined {
  if (Buffer.isBuffer(key)) return Buffer.from(key);
  if (key instanceof Uint8Array) return Buffer.from(key);
  if (typeof key === 'string' && /^[A-Za-z0-9+/_-]+={0,2}$/.test(key.trim())) {
    return Buffer.from(key.trim(), 'base64');
  }
  return undefined;
}

function keyError(index: number, field: string, message: string): ConfigurationError {
  const path = `keys.${index}.${field}`;
  return new ConfigurationError(`Invalid token file key: ${path} ${message}`, [{ path, message }]);
}

function isSealedFile(value: unknown): value is SealedFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === 'xero-connections/token-file' &&
    v.version === 1 &&
    typeof v.keyId === 'string' &&
    typeof v.iv === 'string' &&
    typeof v.tag === 'string' &&
    typeof v.ciphertext === 'string'
  );
}
