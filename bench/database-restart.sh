#!/usr/bin/env bash
# PostgreSQL stops and starts under a running API, which is never restarted. Every BENCH_INTERVAL the script sends a
# public catalogue search, a sign-in (a write: it stores a refresh token) and GET /health/ready, and prints each status
# with its time (a 503 with its problem code and Retry-After). The database runs BENCH_UP seconds, is stopped (fast
# shutdown: open connections are cut, as in a restart or a failover), stays down about BENCH_DOWN seconds and starts again
# while a round of requests is waiting out its retries; the probes go on for BENCH_AFTER seconds. Then: when requests failed and recovered, and whether the in-process Hangfire
# server is back (its heartbeat after the restart, and a job that ran after it).
# Throwaway PostgreSQL on BENCH_PG_PORT, API (Release, Hangfire server and outbox dispatcher on) on BENCH_API_PORT.
#   bench/database-restart.sh
#   BENCH_DOWN=20 bench/database-restart.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

PG_PORT=${BENCH_PG_PORT:-54391}
URL="http://127.0.0.1:${BENCH_API_PORT:-5191}"
INTERVAL=${BENCH_INTERVAL:-0.5}
UP=${BENCH_UP:-3}
DOWN=${BENCH_DOWN:-10}
AFTER=${BENCH_AFTER:-6}
PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
WORK=$(mktemp -d /tmp/hanoidvc-bench-work.XXXXXX)
LOGS="$ROOT/artifacts/bench"
DB=hanoidvc_bench_restart
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$PG_DIR" "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v jq >/dev/null || apt_install jq
ensure_dotnet
mkdir -p "$LOGS"
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null || exit 1
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
export Serilog__MinimumLevel__Default=Warning RateLimiting__Login__PermitLimit=100000 Hangfire__QueuePollInterval=00:00:01
export ASPNETCORE_ENVIRONMENT=Development   # the development accounts (citizen.demo)
start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" "$DB" "$LOGS/restart" || exit 1
PSQL=(psql -X -q -tA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB")

probe() {
  # $1 name, then curl arguments. Prints "name STATUS (seconds[, code, Retry-After n])".
  local name=$1; shift
  local out status seconds extra=""
  out=$(curl -s -o "$WORK/body-$name" -D "$WORK/headers-$name" --max-time 30 -w '%{http_code} %{time_total}' "$@")
  status=${out% *}; seconds=${out#* }
  if [ "$status" = 503 ] && [ "$name" != ready ]; then
    extra=", $(jq -r .code "$WORK/body-$name" 2>/dev/null), Retry-After $(awk -F': ' 'tolower($1)=="retry-after" {gsub(/\r/,"",$2); print $2}' "$WORK/headers-$name")"
  fi
  printf '%s %s (%.2f s%s)' "$name" "$status" "$seconds" "$extra"
  echo "$status" >"$WORK/last-$name"
}

SIGN_IN='{"userName":"citizen.demo","password":"HanoiDvc@2026"}'
started=$(date +%s.%N)
elapsed() { awk -v s="$started" -v n="$(date +%s.%N)" 'BEGIN { printf "%5.1f", n - s }'; }
phase=up first_failure="" recovered="" stopped_at="" started_at=""
log "Probing every ${INTERVAL}s: database up ${UP}s, down ${DOWN}s, then up again for ${AFTER}s"
: >"$LOGS/database-restart.txt"
restart() {
  restart_instant=$(date -u +%FT%T.%NZ)
  "$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null
  phase=again started_at=$(elapsed)
  echo "t=${started_at}s  ---- PostgreSQL started again (accepting connections) ----" | tee -a "$LOGS/database-restart.txt"
}
while :; do
  now=$(elapsed)
  if [ "$phase" = up ] && awk -v n="$now" -v u="$UP" 'BEGIN { exit !(n >= u) }'; then
    "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null
    phase=down stopped_at=$(elapsed); now=$stopped_at
    echo "t=${now}s  ---- PostgreSQL stopped (fast shutdown) ----" | tee -a "$LOGS/database-restart.txt"
  elif [ "$phase" = again ] && awk -v n="$now" -v s="$started_at" -v a="$AFTER" 'BEGIN { exit !(n >= s + a) }'; then
    break
  fi
  label=$phase
  # The three requests go out together, so that one waiting out its retries does not delay the others.
  probe catalogue "$URL/api/v1/procedures?q=cap%20ban%20sao" >"$WORK/p1" & p1=$!
  probe sign-in -X POST -H 'Content-Type: application/json' -d "$SIGN_IN" "$URL/api/v1/auth/token" >"$WORK/p2" & p2=$!
  probe ready "$URL/health/ready" >"$WORK/p3" & p3=$!
  # The database comes back while these requests wait out their retries (within about 4 s): they should succeed.
  if [ "$phase" = down ] && awk -v n="$now" -v s="$stopped_at" -v d="$DOWN" 'BEGIN { exit !(n + 2 >= s + d) }'; then
    sleep 1.5
    restart
  fi
  wait "$p1" "$p2" "$p3"   # not a bare wait: the API is a child of this shell too
  line="t=${now}s  [$label]  $(cat "$WORK/p1")  $(cat "$WORK/p2")  $(cat "$WORK/p3")"
  echo "$line" | tee -a "$LOGS/database-restart.txt"
  if [ "$phase" != up ] && [ -z "$first_failure" ] && [ "$(cat "$WORK/last-catalogue")" != 200 ]; then first_failure=$now; fi
  if [ "$phase" = again ] && [ -z "$recovered" ] && [ "$(cat "$WORK/last-catalogue")" = 200 ] && [ "$(cat "$WORK/last-sign-in")" = 200 ] && [ "$(cat "$WORK/last-ready")" = 200 ]; then recovered=$now; fi
  sleep "$INTERVAL"
done

# Hangfire: its server's heartbeat after the restart (every 30 s), and a job that succeeded after it (the minutely webhook sweep).
heartbeat="" job=""
for _ in $(seq 1 90); do
  [ -z "$heartbeat" ] && heartbeat=$("${PSQL[@]}" -c "SELECT max(lastheartbeat) FROM hangfire.server HAVING max(lastheartbeat) > '$restart_instant'")
  [ -z "$job" ] && job=$("${PSQL[@]}" -c "SELECT s.jobid || ' ' || s.createdat FROM hangfire.state s
                                           WHERE s.name = 'Succeeded' AND s.createdat > '$restart_instant' ORDER BY s.createdat LIMIT 1")
  [ -n "$heartbeat" ] && [ -n "$job" ] && break
  sleep 1
done
{
  echo
  echo "================ HanoiDvc — PostgreSQL restart under a running API ($(nproc) cores, shared machine) ================"
  echo "database stopped at t=${stopped_at}s, started again at t=${started_at}s (down $(awk -v a="$started_at" -v b="$stopped_at" 'BEGIN { printf "%.1f", a - b }') s)"
  echo "first failed catalogue read: t=${first_failure:-none}s; everything 200 again (catalogue, sign-in, ready): t=${recovered:-never}s"
  echo "Hangfire after the restart ($restart_instant UTC): server heartbeat ${heartbeat:-none within 90 s}; first job succeeded: ${job:-none within 90 s}"
  echo "API process $API_PID never restarted: $(kill -0 "$API_PID" 2>/dev/null && echo still running || echo GONE)"
  echo "(log: $LOGS/restart/api.log)"
} | tee -a "$LOGS/database-restart.txt"
[ -n "$recovered" ]
