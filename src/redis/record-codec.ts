import { inspect } from 'node:util';
import { TokenFileCipher, type TokenFileKey } from '../stores/token-file-cipher.js';

/**
 * Turns a serialized record into what Redis stores, and back. `context` (account and role) is bound to
 * encrypted records, so a record copied under another account's key does not decrypt. `decode` throws a
 * plain Error whose message names the problem, never the record.
 */
export interface RecordCodec {
  encode(plaintext: string, context: string): string;
  decode(stored: string, context: string): string;
}

const SEALED_PREFIX = '{"format":"xero-connections/token-file"';

/** Stores records as plain JSON: keep Redis private, behind TLS and AUTH (see docs/multi-process.md). */
export const plainRecordCodec: RecordCodec = {
  encode: (plaintext) => plaintext,
  decode: (stored) => {
    if (stored.startsWith(SEALED_PREFIX))
      throw new Error('the record is encrypted but no encryptionKeys are configured');
    return stored;
  },
};

export interface EncryptedRecordCodecOptions {
  /**
   * Read records stored unencrypted (written before encryption was turned on); each is sealed on its next
   * write. Off by default: anyone able to write to Redis could otherwise plant a record. @default false
   */
  allowPlaintext?: boolean;
}

/**
 * AES-256-GCM with key rotation, the same sealing as the encrypted file store: the first key encrypts,
 * any listed key decrypts. Keys live in a #private cipher, so `util.inspect` and JSON show none.
 */
export class EncryptedRecordCodec implements RecordCodec {
  readonly #cipher: TokenFileCipher;
  readonly #allowPlaintext: boolean;

  constructor(keys: readonly TokenFileKey[], options: EncryptedRecordCodecOptions = {}) {
    this.#cipher = new TokenFileCipher(keys);
    this.#allowPlaintext = options.allowPlaintext === true;
  }

  encode(plaintext: string, context: string): string {
    return JSON.stringify(this.#cipher.seal(Buffer.from(plaintext, 'utf8'), context));
  }

  decode(stored: string, context: string): string {
    if (!stored.startsWith(SEALED_PREFIX)) {
      if (this.#allowPlaintext) return stored;
      throw new Error(
        'the record is stored unencrypted while encryptionKeys are configured (set allowPlaintextRecords: true only while migrating records written before encryption)',
      );
    }
    let sealed: unknown;
    try {
      sealed = JSON.parse(stored);
    } catch {
      // Not the SyntaxError itself: V8 quotes the input around the failure.
      throw new Error('the sealed record is not valid JSON');
    }
    return this.#cipher.open(sealed, context).toString('utf8');
  }

  [inspect.custom](): string {
    return `EncryptedRecordCodec { allowPlaintext: ${this.#allowPlaintext} }`;
  }

  toJSON(): Record<string, unknown> {
    return { codec: 'aes-256-gcm', allowPlaintext: this.#allowPlaintext };
  }
}

/** See {@link EncryptedRecordCodec}. */
export function encryptedRecordCodec(
  keys: readonly TokenFileKey[],
  options: EncryptedRecordCodecOptions = {},
): RecordCodec {
  return new EncryptedRecordCodec(keys, options);
}
