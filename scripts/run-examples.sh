#!/usr/bin/env bash
# Runs every example to completion against the in-process simulator (each exits 0 on success).
set -euo pipefail
cd "$(dirname "$0")/.."
run() { echo "--- examples: $*"; timeout 300 npx tsx "$@"; }
run examples/wise-pay-backend/main.ts --self-test
run examples/wisesync-invoice-sync.ts
run examples/auto-payment-job.ts
run examples/multi-process-redis.ts
run examples/multi-process-postgres.ts
run examples/webhooks-receiver.ts
