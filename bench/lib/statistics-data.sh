#!/usr/bin/env bash
# Shared by the statistics benchmarks (sourced after scripts/lib.sh, with BENCH_NAME set): a throwaway PostgreSQL
# (fsync=off) on BENCH_PG_PORT and a Release API on BENCH_API_PORT, both stopped on exit, BENCH_DOSSIERS synthetic
# dossiers (default 1,000,000) with ratings, and ADMIN / WARD tokens, PSQL, TODAY, YEAR_AGO, first_day, last_day, WARMUP.
PG_PORT=${BENCH_PG_PORT:-54397}
URL="http://127.0.0.1:${BENCH_API_PORT:-5096}"
DOSSIERS=${BENCH_DOSSIERS:-1000000}
STEPS_SHARE=${BENCH_STEPS_SHARE:-0.3}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
# Seconds of load before the measured lines: on two saturated cores the runtime's background compiler needs that long to
# finish promoting the hot methods (the workflow bench measured a fifth of the API's CPU still going to it after 5 s).
WARMUP=${BENCH_WARMUP:-20}
PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
LOGS="$ROOT/artifacts/bench"
DB=hanoidvc_bench_${BENCH_NAME//-/_}
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
"${PSQL[@]}" -v dossiers="$DOSSIERS" -v steps_share="$STEPS_SHARE" -f "$ROOT/bench/generate-dossiers.sql" >"$LOGS/$BENCH_NAME-generate.log" || { cat "$LOGS/$BENCH_NAME-generate.log"; exit 1; }
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
YEAR_AGO=$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY -1 year +1 day" +%F)
log "Generated in ${GEN_SECONDS}s; received from $first_day, $open_count open"
