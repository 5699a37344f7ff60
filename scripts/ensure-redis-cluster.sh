#!/usr/bin/env bash
# Starts the local 3-master Redis Cluster the cluster tests use (127.0.0.1:7101-7103, no replicas), if it is
# not already up. Idempotent: a cluster reporting cluster_state:ok is left alone; nodes already running but
# not joined (a previous run stopped half-way) are joined. Data is never persisted (--save '', no AOF).
set -euo pipefail
PORTS=(7101 7102 7103)
DIR="${REDIS_CLUSTER_DIR:-${TMPDIR:-/tmp}/xc-redis-cluster}"

cluster_ok() {
  for port in "${PORTS[@]}"; do
    redis-cli -h 127.0.0.1 -p "$port" cluster info 2>/dev/null | grep -q '^cluster_state:ok' || return 1
  done
}

if cluster_ok; then
  echo "redis cluster: already running (127.0.0.1:${PORTS[0]}-${PORTS[-1]})"
  exit 0
fi
if ! command -v redis-server >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
fi
mkdir -p "$DIR"
for port in "${PORTS[@]}"; do
  if ! redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then
    # A node config left by an earlier, stopped cluster would make the node rejoin it: start clean.
    rm -f "$DIR/nodes-$port.conf"
    redis-server --cluster-enabled yes --port "$port" --bind 127.0.0.1 --cluster-config-file "nodes-$port.conf" \
      --daemonize yes --save '' --appendonly no --dir "$DIR" --logfile "$DIR/redis-$port.log"
  fi
done
for port in "${PORTS[@]}"; do
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
done
# Slots assigned already (nodes that met before) means the cluster only needs time to converge.
if [ "$(redis-cli -h 127.0.0.1 -p "${PORTS[0]}" cluster info | grep '^cluster_slots_assigned:' | tr -d '\r' | cut -d: -f2)" = "0" ]; then
  redis-cli --cluster create $(printf '127.0.0.1:%s ' "${PORTS[@]}") --cluster-replicas 0 --cluster-yes >"$DIR/create.log"
fi
for _ in $(seq 1 100); do
  cluster_ok && { echo "redis cluster: started (127.0.0.1:${PORTS[0]}-${PORTS[-1]})"; exit 0; }
  sleep 0.1
done
echo "redis cluster: not ok after 10 s (see $DIR/*.log)" >&2
redis-cli -h 127.0.0.1 -p "${PORTS[0]}" cluster info >&2 || true
exit 1
