#!/usr/bin/env bash
# The read replica at work: a primary PostgreSQL and a streaming replica of it (pg_basebackup -R, a replication slot),
# the API with ConnectionStrings:ReadOnly pointing to the replica. Shows, with PostgreSQL's own counters:
#   1. which server serves BENCH_REQUESTS each of the public catalogue (search, detail, statistics), the public lookup and
#      the leaders' statistics summary (transactions counted by pg_stat_database on each server; the last query of each
#      API connection on the replica), and which one a batch of sign-ins (writes) goes to;
#   2. a write on the primary (a procedure unlisted, then listed again, through the admin API) seen through the public
#      catalogue once the replica has replayed it, with the time it took (the staleness window);
#   3. the replica stopped: the replica's endpoints answer 503 database.unavailable while writes go on and /health/ready
#      stays 200 with the read-only check Degraded; the replica started again catches up and serves again.
# Primary on BENCH_PG_PORT, replica on BENCH_REPLICA_PORT (both fsync=off), API (Release, no Hangfire worker and no
# outbox dispatcher, so that the primary's counters move only with the requests) on BENCH_API_PORT; all stopped on exit.
#   bench/read-replica.sh
#   BENCH_REQUESTS=500 bench/read-replica.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

PRIMARY_PORT=${BENCH_PG_PORT:-54391}
REPLICA_PORT=${BENCH_REPLICA_PORT:-54392}
URL="http://127.0.0.1:${BENCH_API_PORT:-5191}"
REQUESTS=${BENCH_REQUESTS:-100}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PRIMARY_DIR=$(mktemp -d /tmp/hanoidvc-bench-primary.XXXXXX)
REPLICA_DIR=$(mktemp -d /tmp/hanoidvc-bench-replica.XXXXXX)
LOGS="$ROOT/artifacts/bench"
DB=hanoidvc_bench_replica
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop --dir "$REPLICA_DIR" --port "$REPLICA_PORT" >/dev/null 2>&1
  "$ROOT/scripts/postgres.sh" stop --dir "$PRIMARY_DIR" --port "$PRIMARY_PORT" >/dev/null 2>&1
  rm -rf "$PRIMARY_DIR" "$REPLICA_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
command -v jq >/dev/null || apt_install jq
ensure_dotnet
mkdir -p "$LOGS"
RESULTS="$LOGS/read-replica.txt"; : >"$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

# --- Primary and streaming replica ----------------------------------------------------------------------------------
"$ROOT/scripts/postgres.sh" start --dir "$PRIMARY_DIR" --port "$PRIMARY_PORT" --throwaway >/dev/null || exit 1
PRIMARY=(psql -X -q -tA -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres)
REPLICA=(psql -X -q -tA -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres)
[ "$(id -u)" = 0 ] && chown postgres:postgres "$REPLICA_DIR"
# -R writes standby.signal and primary_conninfo; the slot keeps the WAL the replica has not received yet.
as_owner "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$REPLICA_DIR/data" -R -X stream -C -S hanoidvc_replica -c fast \
  || { log "pg_basebackup failed"; exit 1; }
"$ROOT/scripts/postgres.sh" start --dir "$REPLICA_DIR" --port "$REPLICA_PORT" --throwaway >/dev/null || exit 1
say "primary 127.0.0.1:$PRIMARY_PORT (wal_level $("${PRIMARY[@]}" -c 'SHOW wal_level')), replica 127.0.0.1:$REPLICA_PORT (in recovery: $("${REPLICA[@]}" -c 'SELECT pg_is_in_recovery()'))"
say "primary's pg_stat_replication: $("${PRIMARY[@]}" -F' ' -c "SELECT application_name, state, sync_state, 'slot ' || coalesce((SELECT slot_name FROM pg_replication_slots WHERE active), '-') FROM pg_stat_replication")"

# --- The API: migrates and seeds the primary, reads from the replica --------------------------------------------------
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
export Serilog__MinimumLevel__Default=Warning Hangfire__ServerEnabled=false Outbox__DispatcherEnabled=false
export RateLimiting__Login__PermitLimit=100000 RateLimiting__PublicCheck__PermitLimit=100000 Jwt__AccessTokenMinutes=600
export ASPNETCORE_ENVIRONMENT=Development   # the development accounts (sysadmin, citizen.demo)
export ConnectionStrings__ReadOnly="Host=127.0.0.1;Port=$REPLICA_PORT;Database=$DB;Username=postgres"
start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PRIMARY_PORT" "$DB" "$LOGS/read-replica" || exit 1
SIGN_IN='{"userName":"sysadmin","password":"HanoiDvc@2026"}'
ADMIN=$(curl -fsS -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' -d "$SIGN_IN" | jq -er .accessToken) || { log "sign-in failed"; exit 1; }
PROCEDURE=$(curl -fsS "$URL/api/v1/procedures?q=cap%20ban%20sao&pageSize=1" | jq -er '.items[0].id') || exit 1

xacts() { # $1: psql array name. Transactions of the application's database on that server.
  local -n server=$1
  "${server[@]}" -d "$DB" -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()"
}
settle() { sleep 11; }   # backends report their counters when idle, at the latest after 10 s
many() { # $1 count, then curl arguments: the same request, four at a time; prints the statuses seen.
  local n=$1; shift
  seq "$n" | xargs -P4 -I{} curl -s -o /dev/null -w '%{http_code}\n' "$@" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}'
}

# --- 1. Who serves what -------------------------------------------------------------------------------------------------
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
settle
p0=$(xacts PRIMARY) r0=$(xacts REPLICA)
say ""
say "1. $REQUESTS requests to each read endpoint:"
say "   catalogue search        $(many "$REQUESTS" "$URL/api/v1/procedures?q=cap%20ban%20sao")"
say "   procedure detail        $(many "$REQUESTS" "$URL/api/v1/procedures/$PROCEDURE")"
say "   catalogue statistics    $(many "$REQUESTS" "$URL/api/v1/procedures/statistics")"
say "   public lookup (unknown) $(many "$REQUESTS" "$URL/api/v1/dossier-lookup?code=000.00.12.H26-$(date +%y%m%d)-9999&citizenId=001090012345")"
say "   statistics summary      $(many "$REQUESTS" -H "Authorization: Bearer $ADMIN" "$URL/api/v1/statistics/summary?from=$TODAY&to=$TODAY")"
say "   public statistics       $(many "$REQUESTS" "$URL/api/v1/public/statistics")(output cache: the first one only reaches a database)"
settle
p1=$(xacts PRIMARY) r1=$(xacts REPLICA)
say "   transactions meanwhile: primary +$((p1 - p0 - 1)), replica +$((r1 - r0 - 1))   (pg_stat_database, this script's own two reads left out)"
say "   last statement of each API connection to the replica:"
"${REPLICA[@]}" -d "$DB" -c "SELECT '     ' || count(*) || ' × ' || left(regexp_replace(query, '\s+', ' ', 'g'), 90) FROM pg_stat_activity
                               WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY query ORDER BY count(*) DESC LIMIT 6" | tee -a "$RESULTS"
settle
p1=$(xacts PRIMARY) r1=$(xacts REPLICA)
say "   $((REQUESTS / 5)) sign-ins (writes: a refresh token each) $(many $((REQUESTS / 5)) -X POST -H 'Content-Type: application/json' -d "$SIGN_IN" "$URL/api/v1/auth/token")"
settle
p2=$(xacts PRIMARY) r2=$(xacts REPLICA)
say "   transactions meanwhile: primary +$((p2 - p1 - 1)), replica +$((r2 - r1 - 1))"

# --- 2. A write on the primary, seen through the replica --------------------------------------------------------------
visible_after() { # $1 expected status of the public detail; prints milliseconds from now until the replica shows it.
  local start; start=$(date +%s%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/v1/procedures/$PROCEDURE")" = "$1" ]; do
    [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 30000 ] && { echo "not within 30 s"; return 1; }
  done
  echo "$(( ($(date +%s%N) - start) / 1000000 )) ms"
}
say ""
say "2. A write on the primary, read back through the replica:"
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" "$URL/api/v1/admin/procedures/$PROCEDURE/unlist" || exit 1
say "   procedure unlisted (204 from the primary); public detail 404 through the replica after $(visible_after 404)"
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" "$URL/api/v1/admin/procedures/$PROCEDURE/list" || exit 1
say "   procedure listed again; public detail 200 through the replica after $(visible_after 200)"
say "   replay position: primary $("${PRIMARY[@]}" -c 'SELECT pg_current_wal_lsn()'), replica $("${REPLICA[@]}" -c 'SELECT pg_last_wal_replay_lsn()'), lag $("${PRIMARY[@]}" -c "SELECT coalesce(replay_lag::text, '0 (idle)') FROM pg_stat_replication")"

# --- 3. The replica stopped -----------------------------------------------------------------------------------------------
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
say ""
say "3. The replica stopped:"
"$ROOT/scripts/postgres.sh" stop --dir "$REPLICA_DIR" --port "$REPLICA_PORT" >/dev/null
code=$(curl -s "$URL/api/v1/procedures?q=cap%20ban%20sao" | jq -r .code)
say "   catalogue search $(status "$URL/api/v1/procedures?q=cap%20ban%20sao") ($code), statistics summary $(status -H "Authorization: Bearer $ADMIN" "$URL/api/v1/statistics/summary?from=$TODAY&to=$TODAY")"
say "   sign-in $(status -X POST -H 'Content-Type: application/json' -d "$SIGN_IN" "$URL/api/v1/auth/token"), unlist $(status -X POST -H "Authorization: Bearer $ADMIN" "$URL/api/v1/admin/procedures/$PROCEDURE/unlist"), list $(status -X POST -H "Authorization: Bearer $ADMIN" "$URL/api/v1/admin/procedures/$PROCEDURE/list") (writes, on the primary)"
say "   /health/ready $(status "$URL/health/ready"): $(curl -s "$URL/health/ready" | jq -c '[.status, (.checks[] | {(.name): .status})]')"
"$ROOT/scripts/postgres.sh" start --dir "$REPLICA_DIR" --port "$REPLICA_PORT" --throwaway >/dev/null || exit 1
say "   replica started again: catalogue search $(status "$URL/api/v1/procedures?q=cap%20ban%20sao"), /health/ready $(curl -s "$URL/health/ready" | jq -r .status), replication $("${PRIMARY[@]}" -c 'SELECT state FROM pg_stat_replication')"
say ""
say "================ HanoiDvc read replica — loopback, $(nproc) cores (shared machine), primary and replica with fsync=off ================"
