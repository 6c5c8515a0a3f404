#!/usr/bin/env bash
# A project-local PostgreSQL cluster from the machine's binaries.
#   scripts/postgres.sh start|stop|status|url  [--dir DIR] [--port PORT] [--throwaway]
# start is idempotent; --throwaway trades durability for speed (tests only); POSTGRES_OPTIONS adds server options.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
DIR="$ROOT/.data/postgres"
PORT=54329
THROWAWAY=0
cmd=${1:-start}; shift || true
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) DIR=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --throwaway) THROWAWAY=1; shift ;;
    *) echo "postgres.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

as_owner() {
  # PostgreSQL refuses to run as root; run its tools as the postgres system user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_binaries() {
  [ -x "$PGBIN/pg_ctl" ] && return
  echo "PostgreSQL binaries not found in $PGBIN; installing the Debian package…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  local found; found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$found" ] && PGBIN=$found
}

running() { [ -f "$DIR/data/postmaster.pid" ] && as_owner "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; }

grant_traverse() {
  # As root the server runs as "postgres", which must be able to reach DIR: give traverse-only (o+x)
  # permission to the ancestors that lack it (e.g. a checkout under a 0700 temporary folder).
  [ "$(id -u)" = 0 ] || return 0
  local d; d=$(dirname "$DIR")
  while [ "$d" != / ]; do
    if ! runuser -u postgres -- test -x "$d" 2>/dev/null; then
      echo "Granting traverse permission on $d so that the postgres user can reach the cluster" >&2
      chmod o+x "$d"
    fi
    d=$(dirname "$d")
  done
}

start() {
  ensure_binaries
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; grant_traverse; fi
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    local sync=(); [ $THROWAWAY = 1 ] && sync=(--no-sync)
    as_owner "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 "${sync[@]}" >"$DIR/initdb.log"
  fi
  if running; then echo "PostgreSQL already running on 127.0.0.1:$PORT ($DIR)"; return; fi
  local opts="-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200"
  [ $THROWAWAY = 1 ] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  opts="$opts ${POSTGRES_OPTIONS:-}"   # e.g. the benchmarks' profile: -c shared_preload_libraries=pg_stat_statements
  as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -o "$opts" -l "$DIR/server.log" -w -t 60 start >/dev/null
  echo "PostgreSQL started on 127.0.0.1:$PORT ($DIR)"
}

stop() {
  if running; then as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null; echo "PostgreSQL stopped ($DIR)"; fi
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running on 127.0.0.1:$PORT"; else echo "stopped"; exit 3; fi ;;
  url) echo "Host=127.0.0.1;Port=$PORT;Username=postgres" ;;
  *) echo "usage: postgres.sh start|stop|status|url [--dir DIR] [--port PORT] [--throwaway]" >&2; exit 2 ;;
esac
