import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { StoreError } from '../../src/errors/infrastructure-errors.js';
import { EncryptedFileTokenStore } from '../../src/stores/encrypted-file-token-store.js';
import { sampleConnection } from './sample-connection.js';
import { describeTokenStoreContract } from './token-store-contract.js';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'xc-file-store-'));
}

function newKey(id: string) {
  return { id, key: randomBytes(32) };
}

describeTokenStoreContract('EncryptedFileTokenStore', async () => {
  const dir = await tempDir();
  return {
    store: new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('EncryptedFileTokenStore', () => {
  it('writes no token, secret or account id in plaintext, with file mode 0600', async () => {
    const dir = await tempDir();
    try {
      const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] });
      const value = sampleConnection({ accountId: 'acct-plain', role: 'wisepay' });
      await store.put(value, null);
      const file = store.fileFor('acct-plain');
      const bytes = await readFile(file);
      for (const secret of [value.accessToken, value.refreshToken, 'acct-plain', value.tenantName]) {
        expect(bytes.includes(Buffer.from(secret))).toBe(false);
        expect(bytes.includes(Buffer.from(Buffer.from(secret).toString('base64')))).toBe(false);
      }
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await readdir(dir)).toEqual([file.slice(dir.length + 1)]); // no temp files left behind
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('accepts a base64 key and rotates: old files read with the old key, rewritten with the new', async () => {
    const dir = await tempDir();
    try {
      const oldKey = newKey('2025');
      const before = new EncryptedFileTokenStore({ dir, keys: [oldKey] });
      const value = sampleConnection({ accountId: 'acct-rot', role: 'company' });
      await before.put(value, null);
      const fresh = { id: '2026', key: randomBytes(32).toString('base64') };
      const rotated = new EncryptedFileTokenStore({ dir, keys: [fresh, oldKey] });
      expect((await rotated.get('acct-rot', 'company'))?.value).toEqual(value);
      await rotated.put({ ...value, refreshToken: 'RT-after-rotation' }, 1);
      const envelope = JSON.parse(await readFile(rotated.fileFor('acct-rot'), 'utf8'));
      expect(envelope.keyId).toBe('2026');
      // The old key alone can no longer read it; the new key alone can.
      await expect(before.get('acct-rot', 'company')).rejects.toBeInstanceOf(StoreError);
      const onlyNew = new EncryptedFileTokenStore({ dir, keys: [fresh] });
      expect((await onlyNew.get('acct-rot', 'company'))?.value.refreshToken).toBe('RT-after-rotation');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a wrong key is a StoreError naming the file, never the key', async () => {
    const dir = await tempDir();
    try {
      const right = newKey('k1');
      const store = new EncryptedFileTokenStore({ dir, keys: [right] });
      await store.put(sampleConnection({ accountId: 'acct-k', role: 'wisepay' }), null);
      const wrong = newKey('k1');
      const other = new EncryptedFileTokenStore({ dir, keys: [wrong] });
      const error = await other.get('acct-k', 'wisepay').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      const text = `${(error as Error).message} ${JSON.stringify(error)} ${inspect(error)}`;
      expect(text).toContain(store.fileFor('acct-k'));
      for (const k of [right.key, wrong.key]) {
        expect(text).not.toContain(k.toString('base64'));
        expect(text).not.toContain(k.toString('hex'));
      }
      // An unknown key id is named as such.
      const unknown = new EncryptedFileTokenStore({ dir, keys: [newKey('k2')] });
      await expect(unknown.get('acct-k', 'wisepay')).rejects.toThrow(
        /key id "k1".*not among the configured keys \(k2\)/,
      );
      // Writes refuse too: nothing is overwritten.
      await expect(
        other.put(sampleConnection({ accountId: 'acct-k', role: 'company' }), null),
      ).rejects.toBeInstanceOf(StoreError);
      expect((await store.list('acct-k')).map((r) => r.value.role)).toEqual(['wisepay']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a corrupt or swapped file is a StoreError naming the file', async () => {
    const dir = await tempDir();
    try {
      const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] });
      await store.put(sampleConnection({ accountId: 'acct-a', role: 'wisepay' }), null);
      await store.put(sampleConnection({ accountId: 'acct-b', role: 'wisepay' }), null);
      // Another account's (validly encrypted) file copied over this one fails authentication.
      await writeFile(store.fileFor('acct-a'), await readFile(store.fileFor('acct-b')));
      await expect(store.get('acct-a', 'wisepay')).rejects.toThrow(store.fileFor('acct-a'));
      await writeFile(store.fileFor('acct-b'), '{"format":"xero-connections/token-file", trunc');
      const error = await store.list('acct-b').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toContain(store.fileFor('acct-b'));
      expect((error as Error).message).toMatch(/corrupt/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('crash safety: temp files left by an interrupted write are ignored', async () => {
    const dir = await tempDir();
    try {
      const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] });
      const value = sampleConnection({ accountId: 'acct-crash', role: 'wisepay' });
      await store.put(value, null);
      const file = store.fileFor('acct-crash');
      // A process that died mid-write leaves a half-written temp file beside the real one.
      await writeFile(`${file}.99999.deadbeef0000.tmp`, '{"format":"xero-connec');
      expect((await store.get('acct-crash', 'wisepay'))?.value).toEqual(value);
      expect(await store.put({ ...value, refreshToken: 'RT-next' }, 1)).toEqual({ ok: true, version: 2 });
      expect((await store.get('acct-crash', 'wisepay'))?.value.refreshToken).toBe('RT-next');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('serializes concurrent writes to different roles of one account without losing any', async () => {
    const dir = await tempDir();
    try {
      const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] });
      const roles = ['wisepay', 'company', 'service'] as const;
      await Promise.all(
        roles.map((role) => store.put(sampleConnection({ accountId: 'acct-par', role }), null)),
      );
      expect((await store.list('acct-par')).map((r) => r.value.role).sort()).toEqual([...roles].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad options with a ConfigurationError naming the field, never the key', () => {
    expect(() => new EncryptedFileTokenStore({ dir: '/tmp/x', keys: [] })).toThrow(ConfigurationError);
    expect(
      () => new EncryptedFileTokenStore({ dir: '/tmp/x', keys: [{ id: 'k', key: randomBytes(16) }] }),
    ).toThrow(/keys\.0\.key must be 32 bytes/);
    const shortKey = randomBytes(16).toString('base64');
    const error = (() => {
      try {
        new EncryptedFileTokenStore({ dir: '/tmp/x', keys: [{ id: 'k', key: shortKey }] });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).not.toContain(shortKey);
    expect(
      () =>
        new EncryptedFileTokenStore({
          dir: '/tmp/x',
          keys: [newKey('same'), newKey('same')],
        }),
    ).toThrow(/duplicate key id "same"/);
    expect(() => new EncryptedFileTokenStore({ dir: '', keys: [newKey('k')] })).toThrow(/dir/);
  });
});

describe('EncryptedFileTokenStore directory mode (issue 9, finding 12)', () => {
  function recordingLogger() {
    const warnings: Array<{ message: string; fields?: Record<string, unknown> | undefined }> = [];
    const logger = {
      debug() {},
      info() {},
      warn(message: string, fields?: Record<string, unknown>) {
        warnings.push({ message, fields });
      },
      error() {},
    };
    return { logger, warnings };
  }

  it.skipIf(process.platform === 'win32')(
    'warns once through its logger when the directory is group or world accessible, and never changes the mode',
    async () => {
      for (const mode of [0o755, 0o770, 0o701]) {
        const dir = await tempDir();
        try {
          await chmod(dir, mode);
          const { logger, warnings } = recordingLogger();
          const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')], logger });
          const value = sampleConnection({ accountId: 'acct-mode', role: 'wisepay' });
          await store.get('acct-mode', 'wisepay');
          await store.put(value, null);
          await store.list('acct-mode');
          await store.delete('acct-mode', 'wisepay');
          const octal = `0${mode.toString(8)}`;
          expect(warnings).toEqual([
            {
              message: expect.stringContaining(
                `Token directory ${dir} is accessible to its group or others (mode ${octal})`,
              ),
              fields: { dir, mode: octal },
            },
          ]);
          expect(JSON.stringify(warnings)).not.toContain(value.refreshToken);
          expect((await stat(dir)).mode & 0o777).toBe(mode);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }
    },
  );

  it.skipIf(process.platform === 'win32')('says nothing for a 0700 directory or one it creates', async () => {
    const parent = await tempDir();
    try {
      const { logger, warnings } = recordingLogger();
      const created = join(parent, 'tokens');
      const store = new EncryptedFileTokenStore({ dir: created, keys: [newKey('k1')], logger });
      await store.put(sampleConnection({ accountId: 'acct-new', role: 'wisepay' }), null);
      expect((await stat(created)).mode & 0o777).toBe(0o700);
      const again = new EncryptedFileTokenStore({ dir: created, keys: [newKey('k1')], logger });
      await again.list('acct-new').catch(() => {}); // another key: the read fails, the mode check does not warn
      expect(warnings).toEqual([]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === 'win32')('without a logger, warns with process.emitWarning', async () => {
    const dir = await tempDir();
    const seen: Error[] = [];
    const onWarning = (w: Error) => seen.push(w);
    process.on('warning', onWarning);
    try {
      await chmod(dir, 0o777);
      const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] });
      await store.get('acct-x', 'wisepay');
      await store.get('acct-x', 'company');
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      const ours = seen.filter(
        (w) => (w as NodeJS.ErrnoException).code === 'XERO_CONNECTIONS_TOKEN_DIR_MODE',
      );
      expect(ours).toHaveLength(1);
      expect(ours[0]?.message).toContain('(mode 0777)');
    } finally {
      process.off('warning', onWarning);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('EncryptedFileTokenStore lock options', () => {
  it('validates lock bounds and the logger with a ConfigurationError naming the field', () => {
    const keys = [newKey('k1')];
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ lock: { staleMs: 500 } }, /lock\.staleMs/],
      [{ lock: { waitMs: -1 } }, /lock\.waitMs/],
      [{ lock: { waitMs: 1.5 } }, /lock\.waitMs/],
      [{ lock: { stale: 5000 } }, /lock/],
      [{ logger: { info() {} } }, /logger/],
    ];
    for (const [extra, pattern] of cases) {
      const make = () => new EncryptedFileTokenStore({ dir: '/tmp/x', keys, ...extra });
      expect(make).toThrow(ConfigurationError);
      expect(make).toThrow(pattern);
    }
    expect(
      () => new EncryptedFileTokenStore({ dir: '/tmp/x', keys, lock: { staleMs: 2_000, waitMs: 0 } }),
    ).not.toThrow();
  });
});

describe('EncryptedFileTokenStore.listAll', () => {
  it('names each file by its sealed account id; a file from before the listing is counted unlisted until its next write', async () => {
    const dir = await tempDir();
    try {
      const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] });
      const listed = sampleConnection({ accountId: 'acct-listed', role: 'wisepay' });
      const legacy = sampleConnection({ accountId: 'acct-legacy', role: 'company' });
      await store.put(listed, null);
      await store.put(legacy, null);
      // A file as 0.1 wrote it: the sealed document without the sealed account id.
      const file = store.fileFor('acct-legacy');
      const { account: _dropped, ...older } = JSON.parse(await readFile(file, 'utf8'));
      expect(_dropped).toBeDefined();
      await writeFile(file, JSON.stringify(older));
      expect((await store.get('acct-legacy', 'company'))?.value).toEqual(legacy); // still readable

      const before = await store.listAll({ limit: 10 });
      expect(before.items.map((r) => r.value)).toEqual([listed]);
      expect(before.unlisted).toBe(1);
      expect(before.nextCursor).toBeNull();

      await store.put({ ...legacy, refreshToken: 'RT-rewritten' }, 1);
      const after = await store.listAll({ limit: 10 });
      expect(after.unlisted).toBeUndefined();
      expect(after.items.map((r) => r.value.accountId).sort()).toEqual(['acct-legacy', 'acct-listed']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file copied onto another account’s name', async () => {
    const dir = await tempDir();
    try {
      const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] });
      await store.put(sampleConnection({ accountId: 'acct-a', role: 'wisepay' }), null);
      await store.put(sampleConnection({ accountId: 'acct-b', role: 'wisepay' }), null);
      await writeFile(store.fileFor('acct-b'), await readFile(store.fileFor('acct-a')));
      const error = await store.listAll().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toMatch(/names another account/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('an absent directory lists nothing and creates nothing', async () => {
    const dir = join(await tempDir(), 'not-yet');
    const store = new EncryptedFileTokenStore({ dir, keys: [newKey('k1')] });
    expect(await store.listAll()).toEqual({ items: [], nextCursor: null });
    await expect(stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
