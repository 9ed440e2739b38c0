#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the storage tests and print its URL.
#
# Idempotent: a second run finds the cluster already initialised (and running) and only
# prints the URL again. Installs nothing: Debian's `postgresql` package must be there
# (.ci/run installs it). Run as root (the server runs as the `postgres` user) or as a
# user that can run initdb itself.
#
#   export CONFLICTWATCH_TEST_PG_URL="$(scripts/start_postgres.sh)"
#
# Settings (environment): PGDATA_DIR (default /tmp/conflictwatch-pg), PGPORT (5433),
# PGDB (conflictwatch_test), PGUSER_NAME (conflictwatch), PGPASS (conflictwatch).
set -euo pipefail

DATA_DIR="${PGDATA_DIR:-/tmp/conflictwatch-pg}"
PORT="${PGPORT:-5433}"
DB="${PGDB:-conflictwatch_test}"
USER_NAME="${PGUSER_NAME:-conflictwatch}"
PASS="${PGPASS:-conflictwatch}"

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    echo "start_postgres.sh: no PostgreSQL under /usr/lib/postgresql; install Debian's 'postgresql' package first (apt-get install postgresql)." >&2
    exit 1
fi

# Run a command as the postgres user when we are root, else as ourselves.
as_pg() {
    if [ "$(id -u)" = "0" ]; then
        if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
    else
        "$@"
    fi
}

mkdir -p "$DATA_DIR"
if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$DATA_DIR"; chmod 700 "$DATA_DIR"; fi

if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    as_pg "$BIN/initdb" -D "$DATA_DIR" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
        || as_pg "$BIN/initdb" -D "$DATA_DIR" -A trust -U postgres --encoding=UTF8 >/dev/null
fi

if ! as_pg "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
    as_pg "$BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t 60 \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DATA_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
fi

psql_pg() { as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_pg -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname='$USER_NAME'")" != "1" ]; then
    psql_pg -d postgres -c "CREATE ROLE \"$USER_NAME\" LOGIN PASSWORD '$PASS' CREATEDB" >/dev/null
fi
if [ "$(psql_pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" != "1" ]; then
    psql_pg -d postgres -c "CREATE DATABASE \"$DB\" OWNER \"$USER_NAME\"" >/dev/null
fi

echo "postgresql+psycopg://$USER_NAME:$PASS@127.0.0.1:$PORT/$DB"
