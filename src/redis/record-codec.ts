import { TokenFileCipher, type TokenFileKey } from '../stores/token-file-cipher.js';

/**
 * Turns a serialized record into what Redis stores, and back. `context` (account and role) is bound to
 * encrypted records, so a record copied under another account's key does not decrypt.
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

/**
 * AES-256-GCM with key rotation, the same sealing as the encrypted file store: the first key encrypts,
 * any listed key decrypts. A plain record (written before encryption was turned on) is read as is and
 * sealed on its next write.
 */
export function encryptedRecordCodec(keys: readonly TokenFileKey[]): RecordCodec {
  const cipher = new TokenFileCipher(keys);
  return {
    encode: (plaintext, context) => JSON.stringify(cipher.seal(Buffer.from(plaintext, 'utf8'), context)),
    decode: (stored, context) => {
      if (!stored.startsWith(SEALED_PREFIX)) return stored;
      return cipher.open(JSON.parse(stored), context).toString('utf8');
    },
  };
}
