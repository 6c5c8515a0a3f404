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

BENCH_NAME=service-index
source "$ROOT/bench/lib/statistics-data.sh"

RESULTS="$LOGS/service-index.txt"; : >"$RESULTS"
WRK_LOG="$LOGS/service-index-wrk.log"; : >"$WRK_LOG"
run_wrk() {
  # $1 label, $2 path, then wrk arguments. Records req/s, p50/p99 and non-2xx answers.
  local label=$1 path=$2; shift 2
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "$@" "$URL$path" 2>&1)
  echo "$out" >>"$WRK_LOG"
  printf '%-58s %10s %9s %9s %s\n' "$label" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "$(awk '/Non-2xx/ {print "non-2xx: " $NF}' <<<"$out")" | tee -a "$RESULTS"
}

curl -fsS -X POST -H "Authorization: Bearer $ADMIN" "$URL/api/v1/statistics/rebuild?from=$first_day&to=$last_day" >/dev/null || { log "rebuild failed"; exit 1; }
"${PSQL[@]}" -c "VACUUM ANALYZE dossier_daily_stats, dossier_monthly_stats, agency_daily_stats, agency_monthly_stats" >/dev/null

THIS_YEAR=${TODAY%%-*}
THIS_MONTH=$((10#$(cut -d- -f2 <<<"$TODAY")))
SUMMARY="/api/v1/statistics/summary?from=$THIS_YEAR-01-01&to=$THIS_YEAR-12-31"
INDEX="/api/v1/statistics/index?kind=Year&year=$THIS_YEAR"
curl -fsS -H "Authorization: Bearer $ADMIN" "$URL$INDEX" >"$LOGS/service-index.json" || { log "index failed"; exit 1; }
log "City-wide index of $THIS_YEAR: $(jq -c '{total, trend: [.trend[].total.points]}' "$LOGS/service-index.json")"
log "Warming up for ${WARMUP}s (the summary at -c$CONNECTIONS, then the index)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Authorization: Bearer $ADMIN" "$URL$SUMMARY" >/dev/null
wrk -t"$THREADS" -c4 -d5s -H "Authorization: Bearer $ADMIN" "$URL$INDEX" >/dev/null
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
