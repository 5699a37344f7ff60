import { inspect } from 'node:util';
import { type SealedFile, TokenFileCipher, type TokenFileKey } from '../stores/token-file-cipher.js';

/**
 * Seals what the PostgreSQL backend stores with the encrypted file store's scheme (AES-256-GCM, the first
 * key seals, any configured key opens, the key id recorded beside the ciphertext). `context` names the
 * row (account and role, or the `state`) and is authenticated, so a sealed value copied into another row
 * does not open. Keys live in a #private cipher: `util.inspect` and JSON show none.
 */
export class RecordSeal {
  readonly #cipher: TokenFileCipher;

  constructor(keys: readonly TokenFileKey[]) {
    this.#cipher = new TokenFileCipher(keys);
  }

  seal(value: unknown, context: string): SealedFile {
    return this.#cipher.seal(Buffer.from(JSON.stringify(value), 'utf8'), context);
  }

  /**
   * The parsed plaintext. Throws a plain Error naming the problem (a key id, a length), never the record:
   * JSON.parse's own SyntaxError would quote the plaintext around the failure.
   */
  open(sealed: unknown, context: string): unknown {
    // A pool whose type parsers leave jsonb as text (a host's custom pg.types) hands over a string.
    const value = typeof sealed === 'string' ? parseSealed(sealed) : sealed;
    const plaintext = this.#cipher.open(value, context).toString('utf8');
    try {
      return JSON.parse(plaintext) as unknown;
    } catch {
      throw new Error('the sealed record is not valid JSON');
    }
  }

  [inspect.custom](): string {
    return 'RecordSeal { cipher: aes-256-gcm }';
  }

  toJSON(): Record<string, unknown> {
    return { cipher: 'aes-256-gcm' };
  }
}

function parseSealed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error('the sealed value is not valid JSON');
  }
}
