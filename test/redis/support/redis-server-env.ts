import { spawnSync } from 'node:child_process';
import { beforeAll, describe } from 'vitest';

const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

function probeBinary(): { ok: true } | { ok: false; reason: string } {
  const result = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8', timeout: 5000 });
  if (result.error !== undefined) return { ok: false, reason: result.error.message };
  if (result.status !== 0) return { ok: false, reason: `exited with ${result.status}` };
  return { ok: true };
}

const probe = probeBinary();

/**
 * A describe block that starts its own `redis-server` (to break it on purpose). Without the binary: in CI
 * the block fails loudly; elsewhere it is skipped with the reason printed.
 */
export function describeWithRedisServer(name: string, body: () => void): void {
  if (!probe.ok && !process.env.CI) {
    console.warn(
      `[skipped] ${name}: cannot run ${REDIS_SERVER} (${probe.reason}). Install Redis or set REDIS_SERVER to its path.`,
    );
    describe.skip(name, body);
    return;
  }
  describe(name, () => {
    beforeAll(() => {
      if (!probe.ok) {
        throw new Error(
          `redis-server is required in CI but ${REDIS_SERVER} cannot run (${probe.reason}). The CI image must provide it.`,
        );
      }
    });
    body();
  });
}
