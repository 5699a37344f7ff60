#!/usr/bin/env bash
# Installs the packed tarball into a scratch project and loads every entry with import and require,
# so what ships (exports map, files allow-list, CJS + ESM builds) is what gets tested.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$root"
tarball="$(npm pack --silent --pack-destination "$scratch" | tail -n 1)"
cd "$scratch"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball"
cat > esm.mjs <<'JS'
import { XeroConnections, ROLES, isXeroConnectionsError } from '@wise-pay/xero-connections';
import { startXeroSimulator } from '@wise-pay/xero-connections/testing';
if (typeof XeroConnections !== 'function' || ROLES.length !== 3 || typeof isXeroConnectionsError !== 'function') {
  throw new Error('ESM main entry is incomplete');
}
const sim = await startXeroSimulator();
const res = await fetch(`${sim.identityUrl}/.well-known/openid-configuration`);
if (!res.ok) throw new Error(`simulator discovery answered ${res.status}`);
await sim.close();
// The Redis subpath loads without ioredis installed: ioredis is an optional peer, imported on use only.
const redis = await import('@wise-pay/xero-connections/redis');
if (typeof redis.createRedisBackend !== 'function') throw new Error('redis entry is incomplete');
// Likewise PostgreSQL (pg) and OpenTelemetry (@opentelemetry/api, types only): neither is installed here.
const postgres = await import('@wise-pay/xero-connections/postgres');
if (typeof postgres.createPostgresBackend !== 'function') throw new Error('postgres entry is incomplete');
const otel = await import('@wise-pay/xero-connections/otel');
if (typeof otel.instrumentXeroConnections !== 'function') throw new Error('otel entry is incomplete');
console.log('esm: ok');
JS
cat > cjs.cjs <<'JS'
const { XeroConnections, ROLES } = require('@wise-pay/xero-connections');
const { startXeroSimulator } = require('@wise-pay/xero-connections/testing');
if (typeof XeroConnections !== 'function' || ROLES.length !== 3 || typeof startXeroSimulator !== 'function') {
  throw new Error('CJS entry is incomplete');
}
if (typeof require('@wise-pay/xero-connections/redis').createRedisBackend !== 'function') {
  throw new Error('CJS redis entry is incomplete');
}
if (typeof require('@wise-pay/xero-connections/postgres').createPostgresBackend !== 'function') {
  throw new Error('CJS postgres entry is incomplete');
}
if (typeof require('@wise-pay/xero-connections/otel').instrumentXeroConnections !== 'function') {
  throw new Error('CJS otel entry is incomplete');
}
console.log('cjs: ok');
JS
node esm.mjs
node cjs.cjs
test -x node_modules/.bin/xero-simulator && echo "bin: ok"
