#!/usr/bin/env bash
# The national service index (Quyết định 766/QĐ-TTg, decision 0030) over BENCH_DOSSIERS synthetic dossiers (default
# 1,000,000): one full rebuild of the statistics tables, then wrk on the city-wide index of the current year (the target:
# p99 < 500 ms; it reads six periods: the year and the five before) beside the city-wide yearly summary as the baseline,
# in the same run, then a ward leader's monthly index and the cached public index.
# Throwaway PostgreSQL (fsync=off) on BENCH_PG_PORT, Release API on BENCH_API_PORT; both stopped on exit.
#   bench/service-index.sh
#   BENCH_DOSSIERS=200000 BENCH_DURATION=10s bench/service-index.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

PG_PORT=${BENCH_PG_PORT:-54397}
URL="http://127.0.0.1:${BENCH_API_PORT:-5096}"
DOSSIERS=${BENCH_DOSSIERS:-1000000}
STEPS_SHARE=${BENCH_STEPS_SHARE:-0.3}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
LOGS="$ROOT/artifacts/bench"
DB=hanoidvc_bench_service_index
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  if [ -n "${BENCH_KEEP_DB:-}" ]; then
    log "PostgreSQL kept for inspection: psql -h 127.0.0.1 -p $PG_PORT -U postgres -d $DB; stop: scripts/postgres.sh stop --dir $PG_DIR --port $PG_PORT"
    return
  fi
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || apt_install wrk
command -v jq >/dev/null || apt_install jq
ensure_dotnet
mkdir -p "$LOGS"
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null || exit 1
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
# No Hangfire worker (the nightly job is run by hand below), one token for the whole run.
export Serilog__MinimumLevel__Default=Warning Hangfire__ServerEnabled=false Outbox__DispatcherEnabled=false Jwt__AccessTokenMinutes=600
export RateLimiting__PublicCheck__PermitLimit=100000000
export ASPNETCORE_ENVIRONMENT=Development   # the development accounts (sysadmin, hoankiem.leader, …)
start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" "$DB" "$LOGS" || exit 1
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB")
token() {
  curl -fsS -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"HanoiDvc@2026\"}" | jq -er .accessToken
}
ADMIN=$(token sysadmin) && WARD=$(token hoankiem.leader) || { log "sign-in failed"; exit 1; }

log "Generating $DOSSIERS synthetic dossiers"
started=$SECONDS
"${PSQL[@]}" -v dossiers="$DOSSIERS" -v steps_share="$STEPS_SHARE" -f "$ROOT/bench/generate-dossiers.sql" >"$LOGS/service-index-generate.log" || { cat "$LOGS/service-index-generate.log"; exit 1; }
# The generator predates ratings: three returned dossiers in ten get one, a day after the return.
"${PSQL[@]}" -c "UPDATE dossiers SET satisfaction = (ARRAY['VerySatisfied','Satisfied','Unsatisfied'])[1 + abs(hashtext(id::text)) % 3],
                   rated_at = returned_at + interval '1 day'
                 WHERE status = 'ResultReturned' AND abs(hashtext(id::text) / 3) % 10 < 3" >/dev/null || exit 1
"${PSQL[@]}" -c "VACUUM ANALYZE" >/dev/null
GEN_SECONDS=$((SECONDS - started))
read -r first_day last_day open_count < <("${PSQL[@]}" -tAF' ' -c "
  SELECT min((received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date), (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 14,
         count(*) FILTER (WHERE status IN ('Received','SupplementRequested','InProcessing','AwaitingApproval'))
  FROM dossiers")
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
log "Generated in ${GEN_SECONDS}s; received from $first_day, $open_count open"

RESULTS="$LOGS/service-index.txt"; : >"$RESULTS"
WRK_LOG="$LOGS/service-index-wrk.log"; : >"$WRK_LOG"
run_wrk() {
  # $1 label, $2 path, then wrk arguments. Records req/s, p50/p99 and non-2xx answers.
  local label=$1 path=$2; shift 2
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "$@" "$URL$path" 2>&1)
  echo "$out" >>"$WRK_LOG"
  printf '%-58s %10s %9s %9s %s\n' "$label" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "$(awk '/Non-2xx/ {print "non-2xx: " $4}' <<<"$out")" | tee -a "$RESULTS"
}

curl -fsS -X POST -H "Authorization: Bearer $ADMIN" "$URL/api/v1/statistics/rebuild?from=$first_day&to=$last_day" >/dev/null || { log "rebuild failed"; exit 1; }
"${PSQL[@]}" -c "VACUUM ANALYZE dossier_daily_stats, dossier_monthly_stats, agency_daily_stats, agency_monthly_stats" >/dev/null

THIS_YEAR=${TODAY%%-*}
THIS_MONTH=$((10#$(cut -d- -f2 <<<"$TODAY")))
SUMMARY="/api/v1/statistics/summary?from=$THIS_YEAR-01-01&to=$THIS_YEAR-12-31"
INDEX="/api/v1/statistics/index?kind=Year&year=$THIS_YEAR"
curl -fsS -H "Authorization: Bearer $ADMIN" "$URL$INDEX" >"$LOGS/service-index.json" || { log "index failed"; exit 1; }
log "City-wide index of $THIS_YEAR: $(jq -c '{total, trend: [.trend[].total.points]}' "$LOGS/service-index.json")"
wrk -t"$THREADS" -c4 -d3s -H "Authorization: Bearer $ADMIN" "$URL$INDEX" >/dev/null
printf '\n%-58s %10s %9s %9s\n' "($DURATION each, wrk -t$THREADS -c$CONNECTIONS, loopback)" "req/s" "p50" "p99" | tee -a "$RESULTS"
run_wrk "baseline: summary, city-wide, $THIS_YEAR" "$SUMMARY" -H "Authorization: Bearer $ADMIN"
run_wrk "index, city-wide, year $THIS_YEAR (+ 5 years of trend)" "$INDEX" -H "Authorization: Bearer $ADMIN"
run_wrk "index, city-wide, year $THIS_YEAR, 1 connection" "$INDEX" -H "Authorization: Bearer $ADMIN" -c1 -t1
run_wrk "index, Hoàn Kiếm ward leader, month $THIS_MONTH" "/api/v1/statistics/index?kind=Month&year=$THIS_YEAR&number=$THIS_MONTH" -H "Authorization: Bearer $WARD"
run_wrk "public index per agency (output cache)" "/api/v1/public/statistics/index"
{
  echo
  echo "================ HanoiDvc service index — $DOSSIERS dossiers, $(nproc) cores, wrk + API + PostgreSQL (fsync=off) on one machine ================"
  echo "generation: ${GEN_SECONDS}s; load average before the measurements: $(cut -d' ' -f1-3 /proc/loadavg); wrk output: $WRK_LOG"
} | tee -a "$RESULTS"
