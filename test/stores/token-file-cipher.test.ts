import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors/infrastructure-errors.js';
import { EncryptedFileTokenStore } from '../../src/stores/encrypted-file-token-store.js';
import { type SealedFile, TokenFileCipher } from '../../src/stores/token-file-cipher.js';
import { sampleConnection } from './sample-connection.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A store holding one record, and its file's sealed envelope. */
async function storedFile() {
  const dir = await mkdtemp(join(tmpdir(), 'xc-cipher-'));
  dirs.push(dir);
  const store = new EncryptedFileTokenStore({ dir, keys: [{ id: 'k1', key: randomBytes(32) }] });
  const value = sampleConnection({ accountId: 'acct-gcm', role: 'wisepay' });
  await store.put(value, null);
  const file = store.fileFor('acct-gcm');
  const sealed = JSON.parse(await readFile(file, 'utf8')) as SealedFile;
  return { store, value, file, sealed };
}

/** The StoreError a read fails with, checked to name the file and to echo none of the file's content. */
async function readError(
  store: EncryptedFileTokenStore,
  file: string,
  sealed: SealedFile,
): Promise<StoreError> {
  const error = await store.get('acct-gcm', 'wisepay').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  const text = `${(error as Error).message} ${JSON.stringify(error)} ${inspect(error, { depth: Infinity, showHidden: true })}`;
  expect(text).toContain(file);
  for (const part of [sealed.tag, sealed.iv, sealed.ciphertext]) expect(text).not.toContain(part);
  return error as StoreError;
}

describe('token file AES-GCM parameters (issue 9, finding 6)', () => {
  it('a file whose tag was truncated to 4 bytes does not open: StoreError naming the file', async () => {
    const { store, file, sealed } = await storedFile();
    // A truncated GCM tag still verifies unless its length is enforced: 32 bits are cheap to forge.
    const truncated = { ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 4).toString('base64') };
    await writeFile(file, JSON.stringify(truncated));
    const error = await readError(store, file, truncated);
    expect(error.message).toMatch(/authentication tag of 4 bytes \(16 required\)/);
    // A write refuses too, leaving the file as it was.
    await expect(
      store.put(sampleConnection({ accountId: 'acct-gcm', role: 'company' }), null),
    ).rejects.toBeInstanceOf(StoreError);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(truncated);
  });

  it('a wrong-length IV does not open: StoreError naming the file', async () => {
    const { store, file, sealed } = await storedFile();
    for (const ivBytes of [8, 16]) {
      const bad = {
        ...sealed,
        iv: Buffer.concat([Buffer.from(sealed.iv, 'base64'), randomBytes(4)])
          .subarray(0, ivBytes)
          .toString('base64'),
      };
      await writeFile(file, JSON.stringify(bad));
      const error = await readError(store, file, bad);
      expect(error.message).toContain(`an IV of ${ivBytes} bytes (12 required)`);
    }
  });

  it('an intact file still opens, and a single flipped tag bit does not', async () => {
    const { store, value, file, sealed } = await storedFile();
    expect((await store.get('acct-gcm', 'wisepay'))?.value).toEqual(value);
    const tag = Buffer.from(sealed.tag, 'base64');
    tag[15] = (tag[15] ?? 0) ^ 1;
    await writeFile(file, JSON.stringify({ ...sealed, tag: tag.toString('base64') }));
    expect((await readError(store, file, sealed)).message).toMatch(/does not decrypt with key "k1"/);
  });

  it('the cipher seals with a 12-byte IV and a 16-byte tag', () => {
    const cipher = new TokenFileCipher([{ id: 'k', key: randomBytes(32) }]);
    const sealed = cipher.seal(Buffer.from('plaintext'), 'ctx');
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
    expect(cipher.open(sealed, 'ctx').toString()).toBe('plaintext');
  });
});
