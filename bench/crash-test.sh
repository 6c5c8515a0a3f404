#!/usr/bin/env bash
# Crash safety under load: two API nodes behind nginx, a client (bench/crash-client.mjs) that submits dossiers with an
# Idempotency-Key each and retries with the same key, and a loop that kill -9s one node every BENCH_KILL_EVERY seconds
# (the other one ready) and restarts it. Then every acknowledged 201 is compared with the database, and the outbox,
# the webhooks and the Hangfire reminders are checked after a grace period.
# Starts a throwaway PostgreSQL (fsync=off), nginx (as this user) and a webhook receiver; stops everything on exit.
#   bench/crash-test.sh
#   BENCH_DURATION=120 BENCH_KILL_EVERY=3 bench/crash-test.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

BENCH_NAME=crash-test
source "$ROOT/bench/lib/cluster.sh"
DURATION=${BENCH_DURATION:-90}              # seconds of load
KILL_EVERY=${BENCH_KILL_EVERY:-5}           # seconds between kills
RESTART_AFTER=${BENCH_RESTART_AFTER:-1}     # seconds a killed node stays down
CONCURRENCY=${BENCH_CONCURRENCY:-8}
RECEIVE_EVERY=${BENCH_RECEIVE_EVERY:-5}
GRACE=${BENCH_GRACE:-300}                   # seconds allowed for the outbox and webhooks to drain afterwards
CLIENT_PID=""
cleanup() {
  [ -n "$CLIENT_PID" ] && kill "$CLIENT_PID" 2>/dev/null
  cluster_stop
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$LOGS"; mkdir -p "$LOGS"
cluster_prepare || exit 1
start_receiver "$RECEIVER_PORT" "$WORK/receipts.txt" || { log "could not start the webhook receiver on $RECEIVER_PORT"; exit 1; }
export Serilog__MinimumLevel__Default=Warning Jwt__AccessTokenMinutes=600 RateLimiting__Login__PermitLimit=1000
export RateLimiting__Integrator__PermitLimit=100000 Hangfire__QueuePollInterval=00:00:01 PublicSite__BaseUrl="$URL"
NODES=("$FIRST_NODE_PORT" "$((FIRST_NODE_PORT + 1))")
for port in "${NODES[@]}"; do start_node "$port" || exit 1; done
for port in "${NODES[@]}"; do wait_node "$port" || exit 1; done
nginx_up "$NGINX_PORT" "${NODES[@]}" || exit 1
register_integrator "$URL" "$RECEIVER_PORT" '["dossier.submitted","dossier.received"]' || { log "could not register the integrator"; exit 1; }
DESK=$(sign_in "$URL" sgd.receptionist) || { log "sign-in failed"; exit 1; }
TOKEN=$(client_token "$URL") || exit 1

# The ingestion body: the first Department procedure whose required fields FILL answers, with one uploaded file for
# each mandatory document (the probe dossier it submits has no key and is left out of the checks).
{ printf '%%PDF-1.7\n'; head -c 2000 /dev/urandom; } >"$WORK/document.pdf"
SHA=$(curl -fsS -X POST "$URL/api/v1/integrations/files" -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/document.pdf;type=application/pdf" | jq -er .sha256) || exit 1
for PROCEDURE in $(curl -fsS "$URL/api/v1/procedures?level=province&applicantType=Citizen&pageSize=50" -H "Authorization: Bearer $TOKEN" | jq -r '.items[].id'); do
  jq -c --arg dept "$DEPARTMENT" --arg sha "$SHA" "{procedureId: .id, decidingAgencyId: \$dept,
    applicant: {fullName: \"Khách thử\", citizenId: \"001090012345\"}, formData: ($FILL),
    attachments: [.documents[] | select(.mandatory) | {sha256: \$sha, fileName: \"giay-to.pdf\", documentName: .name}]}" \
    <<<"$(curl -fsS "$URL/api/v1/procedures/$PROCEDURE" -H "Authorization: Bearer $TOKEN")" >"$WORK/body.json"
  curl -fsS -o /dev/null -X POST "$URL/api/v1/integrations/dossiers" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d @"$WORK/body.json" && break
  rm -f "$WORK/body.json"
done
[ -f "$WORK/body.json" ] || { log "no procedure could be submitted by ingestion"; exit 1; }

log "Load for ${DURATION}s ($CONCURRENCY clients) while one node is killed (-9) every ${KILL_EVERY}s"
: >"$WORK/acks.csv"; : >"$WORK/receptions.csv"
BASE_URL=$URL CLIENT_ID=$CLIENT_ID CLIENT_SECRET=$CLIENT_SECRET DESK_TOKEN=$DESK BODY_FILE="$WORK/body.json" \
  ACKS="$WORK/acks.csv" RECEPTIONS="$WORK/receptions.csv" DURATION_S=$DURATION CONCURRENCY=$CONCURRENCY RECEIVE_EVERY=$RECEIVE_EVERY \
  node "$ROOT/bench/crash-client.mjs" >"$WORK/client.json" 2>"$LOGS/client.log" &
CLIENT_PID=$!
kills=0 victim=0
while sleep "$KILL_EVERY" && kill -0 "$CLIENT_PID" 2>/dev/null; do
  port=${NODES[$victim]} other=${NODES[$((1 - victim))]}
  wait_node "$other" 60 || exit 1   # never both down: a crash, not an outage
  kill_node "$port"; kills=$((kills + 1))
  echo "$(date -u +%T) killed :$port" >>"$LOGS/kills.log"
  sleep "$RESTART_AFTER"
  start_node "$port" || exit 1
  victim=$((1 - victim))
done
wait "$CLIENT_PID"; CLIENT_PID=""
for port in "${NODES[@]}"; do wait_node "$port" 120 || exit 1; done
log "Load over after $kills kills; waiting up to ${GRACE}s for the outbox and the webhooks"
wait_drained "$GRACE"

"${PSQL[@]}" <<SQL || exit 1
CREATE TABLE crash_acks (key text PRIMARY KEY, id uuid, tracking_number text, attempts int);
CREATE TABLE crash_receptions (id uuid PRIMARY KEY, code text);
\copy crash_acks FROM '$WORK/acks.csv' WITH (FORMAT csv)
\copy crash_receptions FROM '$WORK/receptions.csv' WITH (FORMAT csv)
SQL
q() { "${PSQL[@]}" -Atc "$1"; }
CLIENT=$(cat "$WORK/client.json")
c() { jq -r ".$1" <<<"$CLIENT"; }
KEYED="applicant_name LIKE 'Khách thử crash-%'"
MISSING=$(q "SELECT count(*) FROM crash_acks a LEFT JOIN dossiers d ON d.id = a.id WHERE d.id IS NULL OR d.tracking_number <> a.tracking_number OR d.applicant_name <> 'Khách thử ' || a.key")
DUPLICATES=$(q "SELECT count(*) FROM (SELECT applicant_name FROM dossiers WHERE $KEYED GROUP BY applicant_name HAVING count(*) > 1) k")
UNACKED=$(q "SELECT count(*) FROM dossiers d WHERE $KEYED AND NOT EXISTS (SELECT 1 FROM crash_acks a WHERE a.id = d.id)")
WRONG_CODES=$(q "SELECT count(*) FROM crash_receptions r LEFT JOIN dossiers d ON d.id = r.id WHERE d.code IS DISTINCT FROM r.code")
UNDELIVERED=$(q "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL")
WEBHOOKS_PENDING=$(q "SELECT count(*) FROM webhook_deliveries WHERE status <> 'Delivered'")
# Every reception schedules its step's reminders (Hangfire, days ahead) from the outbox: each received dossier's open
# step must have at least one StepReminderJob in Hangfire's storage, whatever was killed in between.
REMINDERS_LOST=$(q "SELECT count(*) FROM dossiers d JOIN dossier_steps s ON s.dossier_id = d.id AND s.action = 'Receive' AND s.deadline IS NOT NULL
  WHERE d.status = 'Received' AND NOT EXISTS (SELECT 1 FROM hangfire.job j WHERE j.invocationdata::text LIKE '%StepReminderJob%' AND j.arguments::text LIKE '%' || s.id || '%')")
RECEIPTS=$(wc -l <"$WORK/receipts.txt"); DISTINCT_RECEIPTS=$(cut -d' ' -f1 "$WORK/receipts.txt" | sort -u | wc -l)

echo
echo "================ HanoiDvc crash test — $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); 2 nodes behind nginx, kill -9 every ${KILL_EVERY}s for ${DURATION}s ================"
echo "requests:                 $(c requests) (connection errors $(c connectionErrors), 5xx $(c serverErrors), given up $(c gaveUp), refused $(c refused) $(jq -c .refusals <<<"$CLIENT"))"
echo "201s acknowledged:        $(c acknowledged) ($(c acknowledgedOnRetry) on a retry with the same key, $(c replayedAfterCrash) of which answered a dossier committed before its node died)"
echo "retries:                  $(c retries)"
echo "kills:                    $kills"
echo "missing:                  $MISSING (acknowledged dossiers absent or different in the database)"
echo "duplicates:               $DUPLICATES (keys with two dossiers)"
echo "undelivered:              $UNDELIVERED (outbox messages not delivered after the grace period; drained in ${DRAINED_IN}s)"
echo "committed, never acknowledged: $UNACKED (the client gave up on them)"
echo "receptions:               $(c received) acknowledged ($(c receivedOnRetry) answered by a retry after a kill), codes differing from the database: $WRONG_CODES, codes $(q "SELECT count(code) || ' / ' || count(DISTINCT code) || ' distinct' FROM dossiers")"
echo "reminders lost:           $REMINDERS_LOST (received dossiers whose step has no reminder job in Hangfire)"
echo "hangfire jobs by state:   $(q "SELECT string_agg(statename || ' ' || n, ', ' ORDER BY statename) FROM (SELECT coalesce(statename, '(none)') statename, count(*) n FROM hangfire.job GROUP BY 1) s")"
echo "webhooks:                 $(q "SELECT count(*) FROM webhook_deliveries") deliveries, not delivered: $WEBHOOKS_PENDING; received $RECEIPTS, distinct $DISTINCT_RECEIPTS (redelivered after a kill: $((RECEIPTS - DISTINCT_RECEIPTS)); at least once by design)"
echo "(client log, kills and node logs: $LOGS)"
[ "$MISSING" = 0 ] && [ "$DUPLICATES" = 0 ] && [ "$UNDELIVERED" = 0 ] && [ "$REMINDERS_LOST" = 0 ]
