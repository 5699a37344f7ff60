// The opt-in Redis backend, passed to the host as its `backend` option. Nothing here imports ioredis at run
// time unless `createRedisBackend({ url })` is called.
export { createRedisBackend, type RedisBackend, type RedisBackendOptions } from './redis-backend.js';
