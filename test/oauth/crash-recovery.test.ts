import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { EncryptedFileTokenStore } from '../../src/stores/encrypted-file-token-store.js';
import { connectRole, type Harness, startHarness, tokenRequests } from './support/harness.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/refresh-then-die.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let h: Harness | undefined;
let dir: string | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

function runChild(
  env: Record<string, string>,
): Promise<{ signal: NodeJS.Signals | null; code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    // tsx as a loader (not its CLI, which runs the script in a grandchild): the SIGKILL hits this very child.
    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

describe('crash recovery', () => {
  it('a process SIGKILLed after receiving new tokens but before saving them: the next start refreshes without user action', async () => {
    dir = await mkdtemp(join(tmpdir(), 'xc-crash-'));
    const key = randomBytes(32).toString('base64');
    const makeStore = () => new EncryptedFileTokenStore({ dir: dir!, keys: [{ id: 'k1', key }] });
    h = await startHarness({ store: makeStore(), timeScale: 0.005 }); // grace: 9 s
    const { connections } = h.make();
    await connectRole(h, connections, 'wisepay');
    const before = await h.store.get('acct-1', 'wisepay');
    h.sim.control.resetLog();

    const child = await runChild({
      XC_STORE_DIR: dir,
      XC_STORE_KEY: key,
      XC_ACCOUNT_ID: 'acct-1',
      XC_IDENTITY_URL: h.sim.identityUrl,
      XC_API_URL: h.sim.apiUrl,
      XC_TIME_SCALE: String(h.timeScale),
      XC_TEST_KILL_BEFORE_SAVE: '1',
    });
    expect(child.signal, child.out).toBe('SIGKILL');
    expect(child.out).toContain('received-new-tokens');
    expect(child.out).not.toContain('saved');
    // Xero rotated the token for the dead process; the store still holds the old set.
    expect(tokenRequests(h.sim, 'refresh_token').map((e) => e.status)).toEqual([200]);
    const afterCrash = await makeStore().get('acct-1', 'wisepay');
    expect(afterCrash).toEqual(before);

    // A fresh start with the same file store: refreshes with the old token inside Xero's grace.
    const restarted = h.make({ store: makeStore() });
    const creds = await restarted.connections
      .connection('wisepay')
      .refreshAfterRejection(before!.value.accessToken);
    expect(tokenRequests(h.sim, 'refresh_token').map((e) => e.status)).toEqual([200, 200]);
    const recovered = await makeStore().get('acct-1', 'wisepay');
    expect(recovered?.value.accessToken).toBe(creds.accessToken);
    expect(recovered?.value.refreshToken).not.toBe(before?.value.refreshToken);
    expect(recovered?.value.broken).toBeUndefined();
    expect(restarted.events.named('connection:broken')).toEqual([]);
    expect(await restarted.connections.validateToken('wisepay')).toMatchObject({ valid: true });

    // And the chain goes on: the recovered refresh token works for the next rotation too.
    const next = await restarted.connections.connection('wisepay').refreshAfterRejection(creds.accessToken);
    expect(next.accessToken).not.toBe(creds.accessToken);
  });
});
