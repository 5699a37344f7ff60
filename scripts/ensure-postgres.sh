#!/usr/bin/env bash
# Starts the local PostgreSQL the postgres-backend tests use, if it is not already answering on
# 127.0.0.1:5432 (trust auth for local connections, as on the CI machines).
set -euo pipefail
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "postgres: already running"
  exit 0
fi
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /etc/postgresql | sort -V | tail -1)"
pg_ctlcluster --skip-systemctl-redirect "$version" main start
for _ in $(seq 1 100); do
  pg_isready -h 127.0.0.1 -p 5432 -q && { echo "postgres: started ($version)"; exit 0; }
  sleep 0.1
done
echo "postgres: failed to start" >&2
exit 1
