#!/usr/bin/env bash
# The statistics read model over BENCH_DOSSIERS synthetic dossiers (default 1,000,000): the full rebuild of the tables,
# a second identical rebuild, the nightly window, then wrk on the city-wide yearly summary (the target: p99 < 500 ms),
# a ward leader's summary, the per-agency breakdown, the TT01 export and the cached public open data.
# Throwaway PostgreSQL (fsync=off) on BENCH_PG_PORT, Release API on BENCH_API_PORT; both stopped on exit.
#   bench/statistics.sh
#   BENCH_DOSSIERS=200000 BENCH_DURATION=10s bench/statistics.sh
#   BENCH_KEEP_DB=1 bench/statistics.sh     # leaves PostgreSQL running with the data, for EXPLAIN
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

BENCH_NAME=statistics
source "$ROOT/bench/lib/statistics-data.sh"

RESULTS="$LOGS/statistics.txt"; : >"$RESULTS"
rebuild() {
  # $1 label, $2 from, $3 to: one rebuild through the API, timed by curl; prints the rows written and the server's own time.
  local answer seconds
  answer=$(curl -fsS -w ' %{time_total}' -X POST -H "Authorization: Bearer $ADMIN" "$URL/api/v1/statistics/rebuild?from=$2&to=$3") || { log "rebuild failed"; exit 1; }
  seconds=${answer##* }
  printf '%-58s %8.1f s   %s\n' "$1 ($2 … $3)" "$seconds" "$(jq -c '{dailyRows, monthlyRows, elapsedMilliseconds}' <<<"${answer% *}")" | tee -a "$RESULTS"
}
run_wrk() {
  # $1 label, $2 path, then wrk arguments. Records req/s, p50/p90/p99 and non-2xx answers.
  local label=$1 path=$2; shift 2
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$URL$path" 2>&1)
  echo "$out" >>"$LOGS/statistics-wrk.log"
  printf '%-58s %10s %9s %9s %9s %s\n' "$label" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="90%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "$(awk '/Non-2xx/ {print "non-2xx: " $NF}' <<<"$out")" | tee -a "$RESULTS"
}
: >"$LOGS/statistics-wrk.log"

rebuild "full rebuild" "$first_day" "$last_day"
rebuild "second full rebuild (same rows)" "$first_day" "$last_day"
rebuild "nightly window (7 days back, 14 ahead)" "$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY -7 days" +%F)" "$last_day"
"${PSQL[@]}" -tAc "SELECT 'table rows: per procedure daily ' || (SELECT count(*) FROM dossier_daily_stats) || ', monthly ' || (SELECT count(*) FROM dossier_monthly_stats)
                   || ' (daily table ' || pg_size_pretty(pg_total_relation_size('dossier_daily_stats')) || '); per agency daily '
                   || (SELECT count(*) FROM agency_daily_stats) || ', monthly ' || (SELECT count(*) FROM agency_monthly_stats)" | tee -a "$RESULTS"
"${PSQL[@]}" -c "VACUUM ANALYZE dossier_daily_stats, dossier_monthly_stats" >/dev/null

YEAR="from=$YEAR_AGO&to=$TODAY"
curl -fsS -H "Authorization: Bearer $ADMIN" "$URL/api/v1/statistics/summary?$YEAR" | jq '.figures' >"$LOGS/statistics-summary.json" || { log "summary failed"; exit 1; }
log "City-wide figures of the year: $(jq -c '{received: .received.total, online: .received.onlineShare, resolved: .resolved.total, onTime: .resolved.onTimeRate, inProgress: .inProgress.total, overdue: .inProgress.overdue}' "$LOGS/statistics-summary.json")"
# Warm-up, then the measurements.
log "Warming up for ${WARMUP}s (the summary at -c$CONNECTIONS)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Authorization: Bearer $ADMIN" "$URL/api/v1/statistics/summary?$YEAR" >/dev/null
printf '\n%-58s %10s %9s %9s %9s\n' "($DURATION each, wrk -t$THREADS -c$CONNECTIONS, loopback)" "req/s" "p50" "p90" "p99" | tee -a "$RESULTS"
run_wrk "summary, city-wide, last 365 days (SystemAdmin)" "/api/v1/statistics/summary?$YEAR" -H "Authorization: Bearer $ADMIN"
run_wrk "summary, city-wide, last 365 days, 1 connection" "/api/v1/statistics/summary?$YEAR" -H "Authorization: Bearer $ADMIN" -c1 -t1
run_wrk "summary, Hoàn Kiếm ward leader, last 365 days" "/api/v1/statistics/summary?$YEAR" -H "Authorization: Bearer $WARD"
run_wrk "by-agency, city-wide, last 365 days" "/api/v1/statistics/by-agency?$YEAR" -H "Authorization: Bearer $ADMIN"
run_wrk "by-month, city-wide, last 365 days" "/api/v1/statistics/by-month?$YEAR" -H "Authorization: Bearer $ADMIN"
run_wrk "export.xlsx, city-wide, last 365 days" "/api/v1/statistics/export.xlsx?$YEAR" -H "Authorization: Bearer $ADMIN"
run_wrk "public open data (output cache)" "/api/v1/public/statistics"

{
  echo
  echo "================ HanoiDvc statistics — $DOSSIERS dossiers, $(nproc) cores, wrk + API + PostgreSQL (fsync=off) on one machine ================"
  echo "generation: ${GEN_SECONDS}s; machine load average before the measurements: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "(wrk output: $LOGS/statistics-wrk.log, figures: $LOGS/statistics-summary.json)"
} | tee -a "$RESULTS"
