#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the hub test suite (TOOLCHAIN.md pitfall 9).
#   DATABASE_URL=$(bash build-scripts/pg-throwaway.sh start <dir> [port])   # prints the URL only
#   bash build-scripts/pg-throwaway.sh stop <dir>
# Without a port, a free one is picked.
# initdb refuses to run as root, so the cluster belongs to the `postgres` user when run as root.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
action="${1:-}"
dir="${2:-/tmp/steeldesk-pg}"
port="${3:-}"

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    if [ ! -x "$PG_BIN/initdb" ]; then
      echo "pg-throwaway: no PostgreSQL binaries in $PG_BIN (apt-get install -y postgresql-15)" >&2
      exit 1
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
      echo "pg-throwaway: a cluster is already running in $dir (stop it first)" >&2
      exit 1
    fi
    if [ -z "$port" ]; then
      port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then chown postgres: "$dir"; fi
    as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-throwaway.sh start|stop [dir] [port]" >&2
    exit 2
    ;;
esac
