#!/usr/bin/env bash
# Starts the local PostgreSQL the tests use (user postgres, trust on 127.0.0.1), if it is not already
# answering. PORT (default 5432) and DATA (the data directory for a server of our own) may be overridden.
# Order: already running → start the Debian cluster on that port (pg_ctlcluster) → install PostgreSQL if
# absent → initdb a trust-only server of our own on 127.0.0.1 and start it.
set -euo pipefail
PORT="${PORT:-5432}"
DATA="${DATA:-/var/lib/postgresql/xc-ci}"
ready() { pg_isready -h 127.0.0.1 -p "$PORT" -q 2>/dev/null; }
wait_ready() {
  for _ in $(seq 1 100); do ready && return 0; sleep 0.1; done
  return 1
}

if ready; then
  echo "postgres: already running on $PORT"
  exit 0
fi

# A Debian cluster configured for this port (as on the CI image): start it.
if command -v pg_lsclusters >/dev/null 2>&1; then
  cluster="$(pg_lsclusters -h 2>/dev/null | awk -v port="$PORT" '$3 == port { print $1, $2; exit }')"
  if [ -n "$cluster" ]; then
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start
    wait_ready && { echo "postgres: started cluster $cluster"; exit 0; }
  fi
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  ready && { echo "postgres: started by the package"; exit 0; }
fi

# A server of our own: trust authentication on loopback only, for tests.
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
if [ ! -s "$DATA/PG_VERSION" ]; then
  install -d -o postgres -g postgres -m 700 "$DATA"
  su postgres -s /bin/sh -c "'$bin/initdb' -D '$DATA' -U postgres --auth=trust" >/dev/null
fi
su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$DATA' -l '$DATA/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -k /tmp\" start" >/dev/null
wait_ready && { echo "postgres: started $DATA on $PORT"; exit 0; }
echo "postgres: failed to start on $PORT (see $DATA/server.log)" >&2
exit 1
