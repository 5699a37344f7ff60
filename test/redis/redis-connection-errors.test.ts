import { inspect } from 'node:util';
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { isXeroConnectionsError } from '../../src/errors/index.js';
import { silentLogger } from '../../src/logger.js';
import { RedisConnection } from '../../src/redis/redis-connection.js';

/** A client that is ready and fails every command with `error`: the reply paths without a server. */
function failingConnection() {
  const client = { status: 'ready', on() {}, off() {} } as unknown as Redis;
  return new RedisConnection(client, false, 1000, silentLogger);
}

function driverError(name: string, message: string, args: string[]): Error {
  const error = new Error(message);
  error.name = name;
  Object.assign(error, { command: { name: 'evalsha', args } });
  return error;
}

const SECRET = 'refresh-token-0123456789abcdef';

async function reissued(error: Error) {
  const thrown = await failingConnection()
    .run('token store put', () => Promise.reject(error))
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(isXeroConnectionsError(thrown)).toBe(true);
  const all = [
    (thrown as Error).message,
    JSON.stringify(thrown),
    inspect(thrown, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ].join('\n');
  expect(all.includes(SECRET)).toBe(false);
  return thrown as Error & { code: string; cause: Error & { code?: string } };
}

describe('RedisConnection re-issues driver errors without their arguments', () => {
  it('a reply that echoes an argument (unknown command) keeps only its code', async () => {
    const e = await reissued(
      driverError('ReplyError', `ERR unknown command 'X', with args beginning with: '${SECRET}' `, [SECRET]),
    );
    expect(e.code).toBe('ERR_STORE');
    expect(e.cause.code).toBe('ERR');
    expect(e.message).toContain('token store put');
  });

  it("a script's error_reply carrying an argument keeps only its code", async () => {
    const e = await reissued(driverError('ReplyError', `OOM ${SECRET}`, [SECRET]));
    expect(e.code).toBe('ERR_COORDINATION_UNAVAILABLE');
    expect(e.cause.code).toBe('OOM');
  });

  it('a client-side error quoting an argument is an outage with the argument cut out', async () => {
    const e = await reissued(driverError('Error', `Command aborted: evalsha ${SECRET}`, [SECRET]));
    expect(e.code).toBe('ERR_COORDINATION_UNAVAILABLE');
    expect(e.message).toContain('[argument]');
  });

  it('an SDK error from inside the operation passes unchanged', async () => {
    const inner = await reissued(driverError('ReplyError', 'WRONGTYPE Operation against a key', [SECRET]));
    const again = await failingConnection()
      .run('again', () => Promise.reject(inner))
      .catch((e: unknown) => e);
    expect(again).toBe(inner);
  });
});
