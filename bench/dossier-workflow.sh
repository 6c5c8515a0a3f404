#!/usr/bin/env bash
# The dossier workflow under load, with BENCH_DOSSIERS synthetic dossiers loaded (default 1,000,000):
#   submissions (real drafts, real submit with Idempotency-Key) at full speed and at ≈ BENCH_RATE/s, the inbox of a busy
#   agency (all, overdue) and of a commune, the public lookup, and pgbench doing one submission's writes per transaction.
# Beside the product's submissions, in the same run, the bare stack (bench/baseline: Kestrel + System.Text.Json + Npgsql,
# the same writes in one round trip) at full speed: the product's rate is printed as a share of it; the same for the
# public lookup (the bare stack reading the dossier, its names and steps in one round trip). Each line also gives
# the CPU milliseconds per request of the process that answered (API or bare stack) and of PostgreSQL (process CPU time
# during the line ÷ requests served), steadier than requests per second on a shared machine.
# BENCH_PROFILE=1: the product's full-speed submissions run under dotnet-trace (thread stacks sampled; the top methods printed)
# and pg_stat_statements (the statements of the line, calls per submission): a run to read, not to quote for speed.
# BENCH_PROFILE=perf: the API's CPU (not its waits) sampled by perf during the full-speed submissions and the Department
# inbox, JIT-compiled methods named through the runtime's perf map; the top symbols by own CPU are printed.
# Starts a throwaway PostgreSQL (fsync=off) on BENCH_PG_PORT, the Release API on BENCH_API_PORT and the bare stack on
# BENCH_BASELINE_PORT; stops them on exit.
#   bench/dossier-workflow.sh
#   BENCH_DOSSIERS=200000 BENCH_DURATION=10s bench/dossier-workflow.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"
source "$ROOT/bench/lib/drafts.sh"

PG_PORT=${BENCH_PG_PORT:-54399}
URL="http://127.0.0.1:${BENCH_API_PORT:-5097}"
BASELINE_URL="http://127.0.0.1:${BENCH_BASELINE_PORT:-5098}"
DOSSIERS=${BENCH_DOSSIERS:-1000000}
STEPS_SHARE=${BENCH_STEPS_SHARE:-0.3}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
RATE=${BENCH_RATE:-500}
RATE_CONNECTIONS=${BENCH_RATE_CONNECTIONS:-16}
PROFILE=${BENCH_PROFILE:-0}
DRAFTS=${BENCH_DRAFTS:-60000}             # for wrk (warm-up + full speed + fixed rate)
# Seconds of warm-up before the lines (submissions; half as long for the reads): the runtime compiles hot methods again,
# optimised, on a background thread, and on two saturated cores a 5 s warm-up left a fifth of the API's CPU in the
# measured submissions to that compiler (perf, 2026-12-07). Both the product and the bare stack get the same.
WARMUP=${BENCH_WARMUP:-20}
PG_DRAFTS=${BENCH_PGBENCH_DRAFTS:-150000} # for pgbench
PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
WORK=$(mktemp -d /tmp/hanoidvc-bench-work.XXXXXX)
LOGS="$ROOT/artifacts/bench"
API_PID="" BASELINE_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  [ -n "$BASELINE_PID" ] && kill "$BASELINE_PID" 2>/dev/null && wait "$BASELINE_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$PG_DIR" "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || apt_install wrk
command -v pgbench >/dev/null || apt_install postgresql-client
command -v jq >/dev/null || apt_install jq
ensure_dotnet
# JIT-compiled code mapped once (not W^X double-mapped) so that perf can name it from the perf map.
[ "$PROFILE" = perf ] && export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
[ "$PROFILE" = 1 ] && export POSTGRES_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null || exit 1
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
dotnet build "$ROOT/bench/baseline" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
export Serilog__MinimumLevel__Default=Warning Hangfire__ServerEnabled=false Jwt__AccessTokenMinutes=600
export RateLimiting__Login__PermitLimit=1000   # the workspace render measure signs in once per run
# One citizen submits and one address looks up at full speed: the per-user and per-address limits are lifted for the run.
export RateLimiting__Submission__PermitLimit=1000000000 RateLimiting__Lookup__PermitLimit=1000000000
build_spa                                       # the workspace render measure loads the SPA from the API
export ASPNETCORE_ENVIRONMENT=Development   # the development accounts (citizen.demo, sgd.receptionist, …)
start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" hanoidvc_bench "$LOGS" || exit 1
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d hanoidvc_bench)
Baseline__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Database=hanoidvc_bench;Username=postgres" \
  dotnet "$ROOT/bench/baseline/bin/Release/net10.0/HanoiDvc.Bench.Baseline.dll" --urls "$BASELINE_URL" >"$LOGS/baseline.log" 2>&1 &
BASELINE_PID=$!
POSTMASTER_PID=$(head -1 "$PG_DIR/data/postmaster.pid")
TICKS_PER_SECOND=$(getconf CLK_TCK)
# CPU time so far (clock ticks) of a process, and of PostgreSQL: the postmaster, its live backends and those it reaped.
process_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() {
  local total; total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$POSTMASTER_PID/stat")
  for child in $(pgrep -P "$POSTMASTER_PID"); do total=$((total + $(process_ticks "$child"))); done
  echo "$total"
}
# $1 clock ticks spent, $2 requests served: CPU milliseconds per request.
ms_per_request() { awk -v t="$1" -v n="$2" -v hz="$TICKS_PER_SECOND" 'BEGIN {printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0)}'; }
# $1 ÷ $2 to three decimals, or n/a.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "n/a"}'; }

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
# The bare stack submits about 4,000 a second on two cores: a draft each for the warm-up and the measurement.
BASELINE_DRAFTS=$(( (${DURATION%s} + WARMUP) * 4000 ))
log "Generated in ${GEN_SECONDS}s; creating $DRAFTS + $BASELINE_DRAFTS + $PG_DRAFTS drafts (copies of the API's draft $TEMPLATE)"
"${PSQL[@]}" -v template="$TEMPLATE" -v purpose=wrk -v count="$DRAFTS" -f "$ROOT/bench/copy-drafts.sql" || exit 1
"${PSQL[@]}" -v template="$TEMPLATE" -v purpose=baseline -v count="$BASELINE_DRAFTS" -f "$ROOT/bench/copy-drafts.sql" || exit 1
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
  # $1 label, then wrk arguments (without -d/--latency). Records req/s, p50/p90/p99, the CPU ms per request of the
  # answering process (WRK_URL's: the API unless the bare stack) and of PostgreSQL, non-2xx and socket errors.
  local label=$1; shift
  local url=${WRK_URL:-$URL} pid=$API_PID; [ "$url" = "$BASELINE_URL" ] && pid=$BASELINE_PID
  local app0 pg0 app1 pg1 out
  app0=$(process_ticks "$pid"); pg0=$(postgres_ticks)
  local perf_pid=""
  if [ -n "${PERF_OUT:-}" ]; then
    perf record -q -F 499 -g -p "$pid" -o "$PERF_OUT" -- sleep "${DURATION%s}" >/dev/null 2>&1 & perf_pid=$!
  fi
  out=$(wrk "$@" -d"$DURATION" --latency "$url$WRK_PATH" 2>&1)
  if [ -n "$perf_pid" ]; then
    wait "$perf_pid"
    perf report -i "$PERF_OUT" --no-children -g none --sort dso,symbol --percent-limit 0.7 --stdio 2>/dev/null | grep -E '^ +[0-9]' >"$PERF_OUT.txt"
    log "Top of the API's CPU during '$label' (perf, own time): $PERF_OUT.txt"; head -25 "$PERF_OUT.txt"
  fi
  app1=$(process_ticks "$pid"); pg1=$(postgres_ticks)
  echo "$out" >>"$LOGS/wrk.log"
  local rps p50 p90 p99 requests app_ms pg_ms non2xx errs
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); LAST_RPS=$rps
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p90=$(awk '$1=="90%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  app_ms=$(ms_per_request $((app1 - app0)) "$requests"); pg_ms=$(ms_per_request $((pg1 - pg0)) "$requests")
  LAST_APP_MS=$app_ms LAST_PG_MS=$pg_ms LAST_REQUESTS=$requests
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); errs=$(awk '/Socket errors/ {print $0}' <<<"$out")
  printf '%-58s %10s %9s %9s %9s %8s %8s %s\n' "$label" "$rps" "$p50" "$p90" "$p99" "$app_ms" "$pg_ms" \
    "${non2xx:+non-2xx: $non2xx }${errs}" | tee -a "$RESULTS"
}
: >"$LOGS/wrk.log"
outbox_settled() {
  # Waits (300 s at most) until the API's outbox has nothing due, so that a line starts with the background dispatcher
  # idle: the notifications of the submissions before it are sent, not competing with it. A line's own messages are
  # dispatched during it (their cost is part of the line's). The wait goes in the results.
  local started=$SECONDS pending
  while pending=$("${PSQL[@]}" -Atc "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()") \
    && [ "$pending" != 0 ]; do
    [ $((SECONDS - started)) -ge 300 ] && break
    sleep 1
  done
  printf '%-58s %s\n' "  (outbox: $1)" "${pending:-?} messages due after $((SECONDS - started)) s" | tee -a "$RESULTS"
}

# Submissions: the draft list is cut in three (warm-up, full speed, fixed rate) so that no draft is submitted twice.
total=$(wc -l <"$WORK/drafts.txt"); third=$((total / 3))
"${PSQL[@]}" -Atc "SELECT id FROM bench_drafts WHERE purpose = 'baseline' ORDER BY n" >"$WORK/baseline-drafts.txt"
head -n $((WARMUP * 4000)) "$WORK/baseline-drafts.txt" >"$WORK/baseline-warm"; tail -n +$((WARMUP * 4000 + 1)) "$WORK/baseline-drafts.txt" >"$WORK/baseline-full"
head -n "$third" "$WORK/drafts.txt" >"$WORK/ids-warm"; sed -n "$((third + 1)),$((2 * third))p" "$WORK/drafts.txt" >"$WORK/ids-full"
tail -n +"$((2 * third + 1))" "$WORK/drafts.txt" >"$WORK/ids-rate"
export BENCH_TOKEN=$CITIZEN BENCH_FORM="$WORK/form.json" BENCH_THREADS=$THREADS WRK_PATH=/
log "Warming up for ${WARMUP}s (submissions; inbox, tab counts and lookup $((WARMUP / 2))s each)"
BENCH_IDS="$WORK/ids-warm" BENCH_KEY_PREFIX=warm wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$ROOT/bench/lua/submit.lua" "$URL/" >/dev/null
wait_for_url "$BASELINE_URL/health" 30 || { log "the bare stack did not start (see $LOGS/baseline.log)"; exit 1; }
BENCH_IDS="$WORK/baseline-warm" BENCH_KEY_PREFIX=bare-warm wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$ROOT/bench/lua/submit.lua" "$BASELINE_URL/" >/dev/null
wrk -t"$THREADS" -c8 -d"$((WARMUP / 2))s" -H "Authorization: Bearer $DESK" "$URL/api/v1/dossiers/inbox?pageSize=20" >/dev/null
wrk -t"$THREADS" -c8 -d"$((WARMUP / 2))s" -H "Authorization: Bearer $DESK" "$URL/api/v1/dossiers/inbox/counts" >/dev/null
BENCH_PAIRS="$WORK/pairs.txt" wrk -t"$THREADS" -c8 -d"$((WARMUP / 2))s" -s "$ROOT/bench/lua/lookup.lua" "$URL/" >/dev/null
BENCH_PAIRS="$WORK/pairs.txt" wrk -t"$THREADS" -c8 -d"$((WARMUP / 2))s" -s "$ROOT/bench/lua/lookup.lua" "$BASELINE_URL/" >/dev/null

printf '\n%-58s %10s %9s %9s %9s %8s %8s\n' "($DURATION each, wrk -t$THREADS, loopback; CPU ms per request)" "req/s" "p50" "p90" "p99" \
  "app CPU" "PG CPU" | tee -a "$RESULTS"
outbox_settled "after the warm-up"
BENCH_IDS="$WORK/baseline-full" BENCH_KEY_PREFIX=bare WRK_URL=$BASELINE_URL \
  run_wrk "bare stack: the same writes, one round trip (-c$CONNECTIONS)" -t"$THREADS" -c"$CONNECTIONS" -s "$ROOT/bench/lua/submit.lua"
BASELINE_RPS=$LAST_RPS BASELINE_APP_MS=$LAST_APP_MS BASELINE_PG_MS=$LAST_PG_MS
if [ "$PROFILE" = 1 ]; then
  "${PSQL[@]}" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null
  (cd "$ROOT" && dotnet tool restore >/dev/null && exec dotnet dotnet-trace collect -p "$API_PID" --profile dotnet-sampled-thread-time \
    --duration "00:00:00:${DURATION%s}" -o "$LOGS/submit.nettrace" >"$LOGS/dotnet-trace.log" 2>&1) &
  TRACE_PID=$!
  sleep 2
fi
[ "$PROFILE" = perf ] && export PERF_OUT="$LOGS/submit.perf"
BENCH_IDS="$WORK/ids-full" BENCH_KEY_PREFIX=full run_wrk "submit, full speed (-c$CONNECTIONS)" -t"$THREADS" -c"$CONNECTIONS" -s "$ROOT/bench/lua/submit.lua"
SUBMIT_RPS=$LAST_RPS SUBMIT_APP_MS=$LAST_APP_MS SUBMIT_PG_MS=$LAST_PG_MS
unset PERF_OUT
if [ "$PROFILE" = 1 ]; then
  wait "$TRACE_PID"
  SUBMIT_COUNT=$LAST_REQUESTS
  log "Statements of the full-speed submissions (calls per submission of $SUBMIT_COUNT, time, rows)"
  "${PSQL[@]}" -P pager=off -c "SELECT round(calls::numeric / $SUBMIT_COUNT, 2) AS per_submission, round(total_exec_time::numeric, 0) AS total_ms,
      round(mean_exec_time::numeric, 3) AS mean_ms, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 150) AS query
    FROM pg_stat_statements WHERE calls >= $SUBMIT_COUNT / 2 ORDER BY total_exec_time DESC LIMIT 30" | tee "$LOGS/submit-statements.txt"
  log "Top methods on the stack during the full-speed submissions (inclusive, dotnet-trace)"
  (cd "$ROOT" && dotnet dotnet-trace report "$LOGS/submit.nettrace" topN -n 40 --inclusive 2>&1 | tee "$LOGS/submit-topn-inclusive.txt")
  (cd "$ROOT" && dotnet dotnet-trace report "$LOGS/submit.nettrace" topN -n 40 2>&1 | tee "$LOGS/submit-topn-exclusive.txt")
fi
outbox_settled "after the full-speed submissions"
delay=$(awk -v c="$RATE_CONNECTIONS" -v r="$RATE" 'BEGIN {printf "%d", c * 1000 / r}')
BENCH_IDS="$WORK/ids-rate" BENCH_KEY_PREFIX=rate BENCH_DELAY_MS=$delay \
  run_wrk "submit, ≈$RATE/s target (-c$RATE_CONNECTIONS, ${delay} ms pause)" -t"$THREADS" -c"$RATE_CONNECTIONS" -s "$ROOT/bench/lua/submit.lua"
outbox_settled "after the submissions at a fixed rate"
[ "$PROFILE" = perf ] && export PERF_OUT="$LOGS/inbox.perf"
WRK_PATH="/api/v1/dossiers/inbox?pageSize=20" run_wrk "inbox, Department desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $DESK"
unset PERF_OUT
WRK_PATH="/api/v1/dossiers/inbox?pageSize=20&overdue=true" run_wrk "inbox overdue, Department desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $DESK"
WRK_PATH="/api/v1/dossiers/inbox?pageSize=20" run_wrk "inbox, Hoàn Kiếm ward desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $COMMUNE_DESK"
WRK_PATH="/api/v1/dossiers/inbox?pageSize=20&status=Received&status=InProcessing" run_wrk "inbox tab 'in processing', Department desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $DESK"
WRK_PATH="/api/v1/dossiers/inbox/counts" run_wrk "inbox tab counts, Department desk (-c16)" -t"$THREADS" -c16 -H "Authorization: Bearer $DESK"
[ -x /usr/bin/chromium ] || apt_install chromium
BENCH_BASE_URL=$URL node "$ROOT/bench/workspace-render.mjs" 2>&1 | tee -a "$RESULTS"
BENCH_PAIRS="$WORK/pairs.txt" WRK_URL=$BASELINE_URL \
  run_wrk "bare stack: the lookup's reads, one round trip (-c16)" -t"$THREADS" -c16 -s "$ROOT/bench/lua/lookup.lua"
BARE_LOOKUP_RPS=$LAST_RPS BARE_LOOKUP_APP_MS=$LAST_APP_MS BARE_LOOKUP_PG_MS=$LAST_PG_MS
BENCH_PAIRS="$WORK/pairs.txt" run_wrk "public lookup by code + citizen ID (-c16)" -t"$THREADS" -c16 -s "$ROOT/bench/lua/lookup.lua"
LOOKUP_RPS=$LAST_RPS LOOKUP_APP_MS=$LAST_APP_MS LOOKUP_PG_MS=$LAST_PG_MS

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
RATIO=$(ratio "$SUBMIT_RPS" "$PG_TPS")
BARE_RATIO=$(ratio "$SUBMIT_RPS" "$BASELINE_RPS")

echo
echo "================ HanoiDvc dossier workflow — $(nproc) cores, wrk + API + PostgreSQL (fsync=off) on one machine ================"
echo "dossiers loaded: $("${PSQL[@]}" -Atc "SELECT count(*) FROM dossiers") (generated $DOSSIERS in ${GEN_SECONDS}s), steps: $("${PSQL[@]}" -Atc "SELECT count(*) FROM dossier_steps")"
cat "$RESULTS"
echo "drafts really submitted through the API: $SUBMITTED; API submissions/s ÷ pgbench TPS = $SUBMIT_RPS / $PG_TPS = $RATIO"
echo "API submissions/s ÷ bare stack's = $SUBMIT_RPS / $BASELINE_RPS = $BARE_RATIO (target ≥ 0.30);" \
  "CPU ms per submission: API $SUBMIT_APP_MS + PostgreSQL $SUBMIT_PG_MS, bare stack $BASELINE_APP_MS + PostgreSQL $BASELINE_PG_MS"
echo "API lookups/s ÷ bare stack's = $LOOKUP_RPS / $BARE_LOOKUP_RPS = $(ratio "$LOOKUP_RPS" "$BARE_LOOKUP_RPS");" \
  "CPU ms per lookup: API $LOOKUP_APP_MS + PostgreSQL $LOOKUP_PG_MS, bare stack $BARE_LOOKUP_APP_MS + PostgreSQL $BARE_LOOKUP_PG_MS"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(wrk output: $LOGS/wrk.log, pgbench: $LOGS/pgbench.log, generation: $LOGS/generate.log)"
