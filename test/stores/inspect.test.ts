import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { EncryptedFileTokenStore } from '../../src/stores/encrypted-file-token-store.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { TokenFileCipher } from '../../src/stores/token-file-cipher.js';
import { sampleConnection } from './sample-connection.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Every way a secret could show: inspect at full depth with hidden properties, and JSON. */
function renderings(x: unknown): string {
  return [
    inspect(x, { depth: Infinity, showHidden: true, getters: true }),
    inspect(x),
    JSON.stringify(x) ?? '',
    String(x),
  ].join('\n');
}

function expectNoSecret(x: unknown, secrets: string[]): void {
  const text = renderings(x);
  for (const secret of secrets) expect(text, `leaked ${secret.slice(0, 6)}…`).not.toContain(secret);
}

function keyForms(key: Buffer): string[] {
  return [key.toString('base64'), key.toString('hex'), key.toString('base64url')];
}

describe('stores show no secret in inspect or JSON output (issue 9, finding 2)', () => {
  it('MemoryTokenStore holding tokens', async () => {
    const store = new MemoryTokenStore();
    const values = (['wisepay', 'company', 'service'] as const).map((role) =>
      sampleConnection({ accountId: 'acct-inspect', role }),
    );
    for (const v of values) await store.put(v, null);
    await store.delete('acct-inspect', 'service'); // tombstones too
    const secrets = values.flatMap((v) => [v.accessToken, v.refreshToken]);
    expectNoSecret(store, secrets);
    // Reads hand out copies; the store itself still shows nothing while one is in flight.
    const pending = store.get('acct-inspect', 'wisepay');
    expectNoSecret(store, secrets);
    expect((await pending)?.value.refreshToken).toBe(values[0]?.refreshToken);
  });

  it('EncryptedFileTokenStore holding keys (idle, mid-write and after writes)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xc-inspect-'));
    dirs.push(dir);
    const keys = [
      { id: 'new', key: randomBytes(32) },
      { id: 'old', key: randomBytes(32) },
    ];
    const b64Key = randomBytes(32).toString('base64');
    const store = new EncryptedFileTokenStore({ dir, keys: [...keys, { id: 'str', key: b64Key }] });
    const value = sampleConnection({ accountId: 'acct-inspect', role: 'wisepay' });
    const secrets = [...keys.flatMap((k) => keyForms(k.key)), b64Key, value.accessToken, value.refreshToken];
    expectNoSecret(store, secrets);
    const writing = store.put(value, null);
    expectNoSecret(store, secrets);
    await writing;
    await store.get('acct-inspect', 'wisepay');
    expectNoSecret(store, secrets);
    await store.close();
    expectNoSecret(store, secrets);
  });

  it('TokenFileCipher, and the envelope it seals', () => {
    const key = randomBytes(32);
    const cipher = new TokenFileCipher([{ id: 'k', key }]);
    expectNoSecret(cipher, keyForms(key));
    const sealed = cipher.seal(Buffer.from('RT-plaintext-secret'), 'ctx');
    expectNoSecret(sealed, [...keyForms(key), 'RT-plaintext-secret']);
  });
});
