import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('xero-simulator bin', () => {
  it('starts standalone, prints its URLs, apps and organisations, and answers', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/testing/bin.ts', '--port', '0', '--control'],
      {
        cwd: new URL('../..', import.meta.url),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        const timer = setTimeout(() => reject(new Error(`bin did not start:\n${text}`)), 15_000);
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('Press Ctrl+C')) {
            clearTimeout(timer);
            resolve(text);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        child.once('exit', (code) => reject(new Error(`bin exited with ${code}:\n${text}`)));
      });
      expect(output).toContain('wisepay-client');
      expect(output).toContain('starter-client');
      expect(output).toContain('Demo Company (AU)');
      expect(output).not.toContain('wisepay-secret');
      const identity = /identity\s+(http:\/\/127\.0\.0\.1:\d+\/identity)/.exec(output)?.[1] ?? '';
      const doc = (await (await fetch(`${identity}/.well-known/openid-configuration`)).json()) as {
        issuer: string;
      };
      expect(doc.issuer).toBe(identity);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
