import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** A free loopback TCP port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A throwaway redis-server the test owns, on its own port, keeping nothing on disk: it can be stopped and
 * started again mid-test to play an outage.
 */
export class RedisServerProcess {
  private child: ChildProcess | undefined;

  /** `extraArgs` are appended to the command line, e.g. `['--dir', tmp]`. */
  constructor(
    readonly port: number,
    private readonly extraArgs: readonly string[] = [],
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      process.env.REDIS_SERVER ?? 'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        ...this.extraArgs,
      ],
      { stdio: 'ignore' },
    );
    this.child = child;
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (error) => reject(new Error(`could not start redis-server: ${error.message}`)));
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
    await Promise.race([this.waitUntilReady(), failed]);
  }

  /** SIGKILL: the server vanishes without closing anything cleanly, as in a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (child === undefined || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = undefined;
  }

  private async waitUntilReady(): Promise<void> {
    const giveUp = Date.now() + 5000;
    for (;;) {
      const client = new Redis(this.url, {
        lazyConnect: true,
        retryStrategy: () => null,
        maxRetriesPerRequest: 0,
      });
      client.on('error', () => {});
      try {
        await client.connect();
        await client.ping();
        return;
      } catch (error) {
        if (Date.now() > giveUp) throw error;
        await new Promise((r) => setTimeout(r, 25));
      } finally {
        client.disconnect();
      }
    }
  }
}
