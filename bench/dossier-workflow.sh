#!/usr/bin/env bash
# The dossier workflow under load, with BENCH_DOSSIERS synthetic dossiers loaded (default 1,000,000):
#   submissions (real drafts, real submit with Idempotency-Key) at full speed and at ≈ BENCH_RATE/s, the inbox of a busy
#   agency (all, overdue) and of a commune, the public lookup, and pgbench doing one submission's writes per transaction.
# Starts a throwaway PostgreSQL (fsync=off) on BENCH_PG_PORT and the Release API on BENCH_API_PORT; stops both on exit.
#   bench/dossier-workflow.sh
#   BENCH_DOSSIERS=200000 BENCH_DURATION=10s bench/dossier-workflow.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"
source "$ROOT/bench/lib/drafts.sh"

PG_PORT=${BENCH_PG_PORT:-54399}
URL="http://127.0.0.1:${BENCH_API_PORT:-5097}"
DOSSIERS=${BENCH_DOSSIERS:-1000000}
STEPS_SHARE=${BENCH_STEPS_SHARE:-0.3}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
RATE=${BENCH_RATE:-500}
RATE_CONNECTIONS=${BENCH_RATE_CONNECTIONS:-16}
DRAFTS=${BENCH_DRAFTS:-60000}             # for wrk (warm-up + full speed + fixed rate)
PG_DRAFTS=${BENCH_PGBENCH_DRAFTS:-150000} # for pgbench
PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
WORK=$(mktemp -d /tmp/hanoidvc-bench-work.XXXXXX)
LOGS="$ROOT/artifacts/bench"
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$PG_DIR" "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || apt_install wrk
command -v pgbench >/dev/null || apt_install postgresql-client
command -v jq >/dev/null || apt_install jq
ensure_dotnet
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null || exit 1
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
export Serilog__MinimumLevel__Default=Warning Hangfire__ServerEnabled=false Jwt__AccessTokenMinutes=600
export RateLimiting__Login__PermitLimit=1000   # the workspace render measure signs in once per run
# One citizen submits and one address looks up at full speed: the per-user and per-address limits are lifted for the run.
export RateLimiting__Submission__PermitLimit=1000000000 RateLimiting__Lookup__PermitLimit=1000000000
build_spa                                       # the workspace render measure loads the SPA from the API
export ASPNETCORE_ENVIRONMENT=Development   # the development accounts (citizen.demo, sgd.receptionist, …)
start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" hanoidvc_bench "$LOGS" || exit 1
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d hanoidvc_bench)

token() {
  curl -fsS -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"HanoiDvc@2026\"}" | jq -er .accessToken
}
CITIZEN=$(token citizen.demo) && DESK=$(token sgd.receptionist) && COMMUNE_DESK=$(token hoankiem.receptionist) \
  || { log "sign-in failed"; exit 1; }

# A real draft through the API: the template of the drafts to submit (its JSON columns are what the application writes);
# every copy below gets the same attachment rows.
PROCEDURE=$(curl -fsS "$URL/api/v1/procedures?level=province&applicantType=Citizen&pageSize=100" | jq -er '.items[0].id') || exit 1
FORM=$(curl -fsS "$URL/api/v1/procedures/$PROCEDURE" | jq -c -f "$ROOT/bench/fill-form.jq") || exit 1
DEPARTMENT=$("${PSQL[@]}" -Atc "SELECT id FROM agencies WHERE code = '000.00.12.H26'")
TEMPLATE=$(template_draft "$URL" "$CITIZEN" "$PROCEDURE" "$DEPARTMENT" "$FORM" "$WORK") || exit 1
echo "{\"formData\":$FORM}" >"$WORK/form.json"

log "Generating $DOSSIERS synthetic dossiers (steps for the open ones and $STEPS_SHARE of the closed ones)"
started=$SECONDS
"${PSQL[@]}" -v dossiers="$DOSSIERS" -v steps_share="$STEPS_SHARE" -f "$ROOT/bench/generate-dossiers.sql" >"$LOGS/generate.log" || { cat "$LOGS/generate.log"; exit 1; }
GEN_SECONDS=$((SECONDS - started))
grep -v '^Time:' "$LOGS/generate.log"
log "Generated in ${GEN_SECONDS}s; creating $DRAFTS + $PG_DRAFTS drafts (copies of the API's draft $TEMPLATE)"
"${PSQL[@]}" -v template="$TEMPLATE" -v purpose=wrk -v count="$DRAFTS" -f "$ROOT/bench/copy-drafts.sql" || exit 1
"${PSQL[@]}" -v template="$TEMPLATE" -v purpose=pgbench -v count="$PG_DRAFTS" -f "$ROOT/bench/copy-drafts.sql" || exit 1
"${PSQL[@]}" -c "CREATE SEQUENCE bench_pgbench_next" || exit 1
# As autovacuum would soon after a bulk load: without a visibility map every index-only count visits the heap
# (the Department inbox count: 16,815 heap fetches, 105 ms, against 5 ms after VACUUM).
"${PSQL[@]}" -c "VACUUM ANALYZE dossiers" -c "ANALYZE bench_drafts" || exit 1
"${PSQL[@]}" -Atc "SELECT id FROM bench_drafts WHERE purpose = 'wrk' ORDER BY n" >"$WORK/drafts.txt"
"${PSQL[@]}" -AtF $'\t' -c "SELECT code, applicant_citizen_id FROM dossiers TABLESAMPLE SYSTEM (5) WHERE code IS NOT NULL LIMIT 20000" >"$WORK/pairs.txt"
log "$(wc -l <"$WORK/drafts.txt") drafts for wrk, $(wc -l <"$WORK/pairs.txt") (code, citizen ID) pairs for the lookup"

RESULTS="$WORK/results.txt"; : >"$RESULTS"
run_wrk() {
  # $1 label, then wrk arguments (without -d/--latency). Records req/s, p50/p90/p99, non-2xx and socket errors.
  local label=$1; shift
  local out; out=$(wrk "$@" -d"$DURATION" --latency "$URL$WRK_PATH" 2>&1)
  echo "$out" >>"$LOGS/wrk.log"
  local rps p50 p90 p99 non2xx errs
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); LAST_RPS=$rps
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p90=$(awk '$1=="90%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $4}' <<<"$out"); errs=$(awk '/Socket errors/ {print $0}' <<<"$out")
  printf '%-58s %10s %9s %9s %9s %s\n' "$label" "$rps" "$p50" "$p90" "$p99" "${non2xx:+non-2xx: $non2xx }${errs}" | tee -a "$RESULTS"
}
: >"$LOGS/wrk.log"

# Submissions: the draft list is cut in three (warm-up, full speed, fixed rate) so that no draft is submitted twice.
total=$(wc -l <"$WORK/drafts.txt"); third=$((total / 3))
head -n "$third" "$WORK/drafts.txt" >"$WORK/ids-warm"; sed -n "$((third + 1)),$((2 * third))p" "$WORK/drafts.txt" >"$WORK/ids-full"
tail -n +"$((2 * third + 1))" "$WORK/drafts.txt" >"$WORK/ids-rate"
export BENCH_TOKEN=$CITIZEN BENCH_FORM="$WORK/form.json" BENCH_THREADS=$THREADS WRK_PATH=/
log "Warming up (submissions, inbox, lookup)"
BENCH_IDS="$WORK/ids-warm" BENCH_KEY_PREFIX=warm wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$ROOT/bench/lua/submit.lua" "$URL/" >/dev/null
wrk -t"$THREADS" -c8 -d3s -H "Authorization: Bearer $DESK" "$URL/api/v1/dossiers/inbox?pageSize=20" >/dev/null
BENCH_PAIRS="$WORK/pairs.txt" wrk -t"$THREADS" -c8 -d3s -s "$ROOT/bench/lua/lookup.lua" "$URL/" >/dev/null

printf '\n%-58s %10s %9s %9s %9s\n' "($DURATION each, wrk -t$THREADS, loopback)" "req/s" "p50" "p90" "p99" | tee -a "$RESULTS"
BENCH_IDS="$WORK/ids-full" BENCH_KEY_PREFIX=full run_wrk "submit, full speed (-c$CONNECTIONS)" -t"$THREADS" -c"$CONNECTIONS" -s "$ROOT/bench/lua/submit.lua"
SUBMIT_RPS=$LAST_RPS
delay=$(awk -v c="$RATE_CONNECTIONS" -v r="$RATE" 'BEGIN {printf "%d", c * 1000 / r}')
BENCH_IDS="$WORK/ids-rate" BENCH_KEY_PREFIX=rate BENCH_DELAY_MS=$delay \
  run_wrk "submit, ≈$RATE/s target (-c$RATE_CONNECTIONS, ${delay} ms pause)" -t"$THREADS" -c"$RATE_CONNECTIONS" -s "$ROOT/bench/lua/submit.lua"
WRK_PATH="/api/v1/dossiers/inbox?pageSize=20" run_wrk "inbox, Department desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $DESK"
WRK_PATH="/api/v1/dossiers/inbox?pageSize=20&overdue=true" run_wrk "inbox overdue, Department desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $DESK"
WRK_PATH="/api/v1/dossiers/inbox?pageSize=20" run_wrk "inbox, Hoàn Kiếm ward desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $COMMUNE_DESK"
WRK_PATH="/api/v1/dossiers/inbox?pageSize=20&status=Received&status=InProcessing" run_wrk "inbox tab 'in processing', Department desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $DESK"
WRK_PATH="/api/v1/dossiers/inbox/counts" run_wrk "inbox tab counts, Department desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $DESK"
[ -x /usr/bin/chromium ] || apt_install chromium
BENCH_BASE_URL=$URL node "$ROOT/bench/workspace-render.mjs" 2>&1 | tee -a "$RESULTS"
BENCH_PAIRS="$WORK/pairs.txt" run_wrk "public lookup by code + citizen ID (-c16)" -t"$THREADS" -c16 -s "$ROOT/bench/lua/lookup.lua"

log "pgbench: one submission's writes per transaction, -c$CONNECTIONS -j$THREADS for $DURATION"
secs=${DURATION%s}
mkdir -p "$WORK/pgb"
(cd "$WORK/pgb" && pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$CONNECTIONS" -j "$THREADS" -T "$secs" -l \
  -f "$ROOT/bench/pgbench/submit.sql" hanoidvc_bench >"$WORK/pgbench.out" 2>&1) || { cat "$WORK/pgbench.out"; exit 1; }
cat "$WORK/pgbench.out" >>"$LOGS/pgbench.log"
PG_TPS=$(awk -F'= ' '/^tps/ {split($2, a, " "); print a[1]}' "$WORK/pgbench.out")
PG_PCT=$(cat "$WORK"/pgb/pgbench_log.* | awk '{print $3 / 1000}' | sort -n | awk '{v[NR]=$1} END {printf "%.2fms %.2fms %.2fms", v[int(NR*0.5)], v[int(NR*0.9)], v[int(NR*0.99)]}')
PG_FAILED=$(awk '/failed transactions/ {print $5}' "$WORK/pgbench.out")
printf '%-58s %10.2f %9s %9s %9s %s\n' "pgbench: submission writes (-c$CONNECTIONS)" "$PG_TPS" $PG_PCT "failed: $PG_FAILED" | tee -a "$RESULTS"
SUBMITTED=$("${PSQL[@]}" -Atc "SELECT count(*) FROM dossiers d JOIN bench_drafts b ON b.id = d.id AND b.purpose = 'wrk' WHERE d.status = 'Submitted'")
RATIO=$(awk -v a="$SUBMIT_RPS" -v b="$PG_TPS" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "n/a"}')

echo
echo "================ HanoiDvc dossier workflow — $(nproc) cores, wrk + API + PostgreSQL (fsync=off) on one machine ================"
echo "dossiers loaded: $("${PSQL[@]}" -Atc "SELECT count(*) FROM dossiers") (generated $DOSSIERS in ${GEN_SECONDS}s), steps: $("${PSQL[@]}" -Atc "SELECT count(*) FROM dossier_steps")"
cat "$RESULTS"
echo "drafts really submitted through the API: $SUBMITTED; API submissions/s ÷ pgbench TPS = $SUBMIT_RPS / $PG_TPS = $RATIO"
echo "(wrk output: $LOGS/wrk.log, pgbench: $LOGS/pgbench.log, generation: $LOGS/generate.log)"
