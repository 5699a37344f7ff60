import type { Cluster, Redis } from 'ioredis';

/** What the backend talks to: one Redis (or a Sentinel-managed primary), or a Redis Cluster. */
export type RedisClient = Redis | Cluster;

/** Whether the client is an ioredis Cluster client (`isCluster` is set by ioredis on both classes). */
export function isClusterClient(client: RedisClient): client is Cluster {
  return (client as { isCluster?: unknown }).isCluster === true;
}
