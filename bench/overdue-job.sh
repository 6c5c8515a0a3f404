#!/usr/bin/env bash
# The morning overdue check over BENCH_DOSSIERS synthetic dossiers (default 1,000,000): one run as at the next working
# morning (07:30 Hanoi time), then a second run at the same instant, which must find nothing new.
# Throwaway PostgreSQL (fsync=off) on BENCH_PG_PORT; the check runs through the API's `overdue-check --at` command
# (Release build, its own process), so the figures include connecting and loading the calendar.
#   bench/overdue-job.sh
#   BENCH_DOSSIERS=100000 BENCH_PG_PORT=54383 bench/overdue-job.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

PG_PORT=${BENCH_PG_PORT:-54398}
DOSSIERS=${BENCH_DOSSIERS:-1000000}
STEPS_SHARE=${BENCH_STEPS_SHARE:-0.3}
PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
LOGS="$ROOT/artifacts/bench"
DB=hanoidvc_bench_overdue
cleanup() {
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_dotnet
mkdir -p "$LOGS"
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null || exit 1
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
DLL="$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll"
export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=postgres"
export ASPNETCORE_ENVIRONMENT=Development Serilog__MinimumLevel__Default=Warning Hangfire__ServerEnabled=false Outbox__DispatcherEnabled=false
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB")

log "Migrating and seeding $DB"
(cd "$ROOT/src/WebApi" && dotnet "$DLL" migrate >"$LOGS/overdue-migrate.log" 2>&1) || { cat "$LOGS/overdue-migrate.log"; exit 1; }
log "Generating $DOSSIERS dossiers"
start=$(date +%s)
"${PSQL[@]}" -v dossiers="$DOSSIERS" -v steps_share="$STEPS_SHARE" -f "$ROOT/bench/generate-dossiers.sql" >"$LOGS/overdue-generate.log" || { cat "$LOGS/overdue-generate.log"; exit 1; }
"${PSQL[@]}" -c "VACUUM ANALYZE" >/dev/null
log "Generated in $(( $(date +%s) - start )) s"

# The next working morning: tomorrow or later, 07:30 Hanoi time, skipping weekends (holidays are skipped by the job).
AT=$(python3 - <<'PY'
import datetime as d
day = d.date.today() + d.timedelta(days=1)
while day.weekday() >= 5:
    day += d.timedelta(days=1)
print(f"{day.isoformat()}T07:30:00+07:00")
PY
)
run() {
  (cd "$ROOT/src/WebApi" && /usr/bin/time -f "process_s=%e max_rss_kb=%M" dotnet "$DLL" overdue-check --at "$AT") 2>&1 | grep -E "overdue-check:|process_s="
}
read -r open overdue steps < <("${PSQL[@]}" -tAF' ' -c "
  SELECT count(*) FILTER (WHERE status IN ('Received','InProcessing','AwaitingApproval')),
         count(*) FILTER (WHERE status IN ('Received','InProcessing','AwaitingApproval') AND due_at < '$AT'::timestamptz),
         (SELECT count(*) FROM dossier_steps)
  FROM dossiers")
mkdir -p "$LOGS"; RESULTS="$LOGS/overdue-job.txt"
{
  echo "Overdue check as at $AT over $DOSSIERS dossiers ($steps steps; $open open, $overdue of them past due)"
  echo "first run:";  run
  echo "second run (same instant, nothing new expected):"; run
  echo "outbox rows written: $("${PSQL[@]}" -tAc "SELECT type || '=' || count(*) FROM outbox_messages GROUP BY type ORDER BY type" | paste -sd' ')"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS"
