import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';

const BIN = 'src/testing/bin.ts';

interface RunningBin {
  child: ChildProcessByStdio<null, Readable, Readable>;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
}

function spawnBin(args: string[]): RunningBin {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], {
    cwd: new URL('../..', import.meta.url),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits (generously: tsx compiles on a busy machine) until the bin says it is up. */
async function started(bin: RunningBin): Promise<string> {
  const deadline = Date.now() + 90_000;
  while (!bin.stdout().includes('Press Ctrl+C')) {
    if (bin.child.exitCode !== null) throw new Error(`bin exited:\n${bin.stdout()}${bin.stderr()}`);
    if (Date.now() > deadline) throw new Error(`bin did not start:\n${bin.stdout()}${bin.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return bin.stdout();
}

async function stopped(bin: RunningBin): Promise<void> {
  if (bin.child.exitCode === null && bin.child.signalCode === null) bin.child.kill('SIGKILL');
  await bin.exited;
}

// Every test spawns tsx, which takes seconds on a loaded 2-core machine: generous timeouts.
describe('xero-simulator bin', { timeout: 180_000 }, () => {
  it('starts standalone, prints its URLs, apps, organisations and where the docs are, and answers', async () => {
    const bin = spawnBin(['--port', '0', '--control']);
    try {
      const output = await started(bin);
      expect(output).toContain('wisepay-client');
      expect(output).toContain('starter-client');
      expect(output).toContain('Demo Company (AU)');
      expect(output).not.toContain('wisepay-secret');
      const identity = /identity\s+(http:\/\/127\.0\.0\.1:\d+\/identity)/.exec(output)?.[1] ?? '';
      const doc = (await (await fetch(`${identity}/.well-known/openid-configuration`)).json()) as {
        issuer: string;
      };
      expect(doc.issuer).toBe(identity);
      // The docs it names ship in the package (README.md; docs/ does not ship) and exist.
      const docs = /Docs: (.+), section "Testing with the simulator"/.exec(output)?.[1] ?? '';
      expect(docs).toMatch(/README\.md$/);
      expect(existsSync(docs)).toBe(true);
    } finally {
      await stopped(bin);
    }
  });

  it('answers OpenID discovery at the server root too, with the identity issuer, and says so', async () => {
    const bin = spawnBin(['--port', '0', '--control']);
    try {
      const output = await started(bin);
      const server = /server\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
      expect(output).toContain(`${server}/.well-known/openid-configuration`);
      const root = await fetch(`${server}/.well-known/openid-configuration`);
      expect(root.status).toBe(200);
      const doc = (await root.json()) as { issuer: string; token_endpoint: string };
      expect(doc.issuer).toBe(`${server}/identity`);
      expect(doc.token_endpoint).toBe(`${server}/identity/connect/token`);
      // An identity outage takes the root copy down too, like every identity endpoint.
      const outage = await fetch(`${server}/__simulator/outage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: true, durationMs: 60_000 }),
      });
      expect(outage.status).toBeLessThan(300);
      expect((await fetch(`${server}/.well-known/openid-configuration`)).status).toBe(503);
    } finally {
      await stopped(bin);
    }
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`closes the server and says goodbye on ${signal}, exit code 0`, async () => {
      const bin = spawnBin(['--port', '0']);
      try {
        const output = await started(bin);
        const server = /server\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
        expect((await fetch(`${server}/`)).status).toBe(200);
        bin.child.kill(signal);
        expect(await bin.exited).toBe(0);
        expect(bin.stdout()).toContain(`${signal}: stopping the Xero simulator`);
        expect(bin.stdout()).toContain('Xero simulator stopped. Goodbye.');
        expect(bin.stderr()).toBe('');
        // The port is closed: nothing answers any more.
        await expect(fetch(`${server}/`)).rejects.toThrow();
      } finally {
        await stopped(bin);
      }
    });
  }

  const badCommandLines: Array<[string[], RegExp]> = [
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port', 'abc'], /--port must be an integer from 0 to 65535, got 'abc'/],
    [['--window', 'sliding'], /--window must be rolling or fixed, got 'sliding'/],
    [['--time-scale', '0'], /--time-scale must be a positive number, got '0'/],
    [['serve'], /Unexpected argument 'serve'/],
  ];
  it('prints usage and exits 2 on a bad command line, starting nothing; --help prints it and exits 0', async () => {
    // One process per command line, all at once: each pays tsx's start-up, not the test's clock.
    const bins = badCommandLines.map(([args]) => spawnBin(args));
    const help = spawnBin(['--help']);
    try {
      const codes = await Promise.all(bins.map((bin) => bin.exited));
      badCommandLines.forEach(([args, message], i) => {
        const bin = bins[i] as RunningBin;
        expect({ args, code: codes[i] }).toEqual({ args, code: 2 });
        expect(bin.stderr()).toMatch(message);
        expect(bin.stderr()).toContain('Usage: xero-simulator');
        expect(bin.stdout()).not.toContain('Xero simulator running');
      });
      expect(await help.exited).toBe(0);
      expect(help.stdout()).toContain('Usage: xero-simulator');
    } finally {
      await Promise.all([...bins, help].map(stopped));
    }
  });
});
