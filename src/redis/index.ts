// The opt-in Redis backend. Nothing here imports ioredis at run time unless `createRedisBackend({ url })` is called.
export { createRedisBackend, type RedisBackend, type RedisBackendOptions } from './redis-backend.js';
