#!/usr/bin/env bash
# Runs the timing-sensitive test files once more with two CPU hogs beside them, as a loaded 2-core CI
# machine would. A test that fails here is a broken test (it asserts on milliseconds), not bad luck.
# Usage: scripts/test-under-load.sh [vitest file filters…]  (default: the limits and pacing files)
set -euo pipefail
cd "$(dirname "$0")/.."

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(
    test/limits/
    test/pool/limits-both-windows.test.ts
    test/pool/day-deadline-priority-routing.test.ts
    test/redis/redis-limits-engine.test.ts
    test/redis/redis-engine-contract.test.ts
  )
  # Resilience tests (outage hold, adaptive concurrency, header resync) and app-wide admission join the list
  # as they exist.
  for extra in test/pool/outage-hold.test.ts test/pool/adaptive-concurrency.test.ts test/pool/header-resync.test.ts \
    test/redis-cluster/cluster-engine-contract.test.ts test/redis-cluster/cluster-multi-process.test.ts \
    test/e2e/app-scale-local.test.ts test/redis/app-admission-multi-process.test.ts \
    test/redis/arrival-resync-redis.test.ts; do
    [ -f "$extra" ] && files+=("$extra")
  done
fi

hogs=()
cleanup() { for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM
for _ in 1 2; do
  node -e 'for(;;){}' &
  hogs+=("$!")
done
echo "load: two CPU hogs running (pids ${hogs[*]}); files: ${files[*]}"
# One file at a time beside the hogs: the hogs are the load, not vitest's own parallelism.
npx vitest run --no-file-parallelism "${files[@]}"
