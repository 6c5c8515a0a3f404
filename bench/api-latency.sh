#!/usr/bin/env bash
# Latency of API endpoints under load, on this machine: starts a throwaway PostgreSQL and the API (Release),
# then runs wrk against each path and prints requests/s and the p50/p90/p99 latency.
#   bench/api-latency.sh [PATH ...]         (default: /api/v1/overview)
#   BENCH_DURATION=20s BENCH_CONNECTIONS=16 BENCH_THREADS=2 bench/api-latency.sh /api/v1/agencies
#   BENCH_SETUP (shell run after the start, with \$BENCH_PSQL) prepares data; BENCH_PATHS_FROM (shell) prints paths that depend on it.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

PG_PORT=${BENCH_PG_PORT:-54349}
URL="http://127.0.0.1:${BENCH_API_PORT:-5098}"
DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
LOGS="$ROOT/artifacts/bench"
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
trap cleanup EXIT
[ $# -gt 0 ] || set -- /api/v1/overview

command -v wrk >/dev/null || apt_install wrk
ensure_dotnet
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
export Serilog__MinimumLevel__Default=Warning
start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" hanoidvc_bench "$LOGS" || exit 1
export BENCH_PSQL="psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PG_PORT -U postgres -d hanoidvc_bench"
[ -n "${BENCH_SETUP:-}" ] && { log "Preparing data: $BENCH_SETUP"; bash -c "$BENCH_SETUP" || exit 1; }
# Paths that depend on the prepared data: one per line from this command (e.g. a code the set-up drew).
if [ -n "${BENCH_PATHS_FROM:-}" ]; then mapfile -t paths < <(bash -c "$BENCH_PATHS_FROM"); set -- "${paths[@]}"; fi

printf '\n%-60s %10s %9s %9s %9s\n' "path ($CONNECTIONS connections, $DURATION)" "req/s" "p50" "p90" "p99"
for path in "$@"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$URL$path" >/dev/null   # warm-up (JIT, connection pool)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$URL$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p90=$(awk '$1=="90%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf '%-60s %10s %9s %9s %9s %s\n' "$path" "$rps" "$p50" "$p90" "$p99" "${non2xx:+(non-2xx: $non2xx)}"
done
