// The opt-in Redis backend, passed to the host as its `backend` option. Nothing here imports ioredis at run
// time unless `createRedisBackend({ url })` or `createRedisBackend({ cluster })` is called.
export {
  createRedisBackend,
  type RedisBackend,
  type RedisBackendOptions,
  type RedisClusterOptions,
} from './redis-backend.js';
