import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { XeroSimulatorOptions } from '../../src/testing/index.js';

export interface SimulatorChild {
  url: string;
  identityUrl: string;
  apiUrl: string;
  tenantIds: string[];
  tokens: Record<string, { accessToken: string; refreshToken: string; expiresIn: number }>;
  /** POST /__simulator/<action>. */
  control<T = unknown>(action: string, body?: unknown): Promise<T>;
  /** GET /__simulator/<view>. */
  view<T = unknown>(name: string): Promise<T>;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./simulator-process.ts', import.meta.url));

/** Starts the simulator in a child process (its CPU and heap are not the SDK's). */
export async function startSimulatorChild(args: {
  sim: XeroSimulatorOptions;
  extraOrganisations?: number;
  tokensFor?: Array<{ clientId: string; clientSecret: string }>;
}): Promise<SimulatorChild> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(args)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const nl = buffer.indexOf('\n');
      if (nl !== -1) resolve(buffer.slice(0, nl));
    });
    child.once('exit', (code) => reject(new Error(`simulator process exited with ${code}`)));
  });
  const info = JSON.parse(first) as Omit<SimulatorChild, 'control' | 'view' | 'close'>;
  return {
    ...info,
    async control<T>(action: string, body: unknown = {}) {
      const r = await fetch(`${info.url}/__simulator/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!r.ok) throw new Error(`control ${action} answered ${r.status}: ${await r.text()}`);
      return (await r.json()) as T;
    },
    async view<T>(name: string) {
      return (await (await fetch(`${info.url}/__simulator/${name}`)).json()) as T;
    },
    close() {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
        setTimeout(() => child.kill('SIGTERM'), 2000).unref();
      });
    },
  };
}
