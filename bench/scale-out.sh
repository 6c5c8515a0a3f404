#!/usr/bin/env bash
# Several API nodes on one PostgreSQL behind nginx: citizen submissions and desk receptions driven by wrk through nginx
# with 1 node, then 2 (BENCH_NODES), each node with its outbox dispatcher and Hangfire server as deployed; then checks
# that codes are unique, the outbox drained, webhooks, reminders and e-mails went out once, and that a session moves
# between nodes (sign in on A, refresh on B, call the API on B).
# Starts a throwaway PostgreSQL (fsync=off), nginx (as this user, config in a temporary folder), an SMTP server and a
# webhook receiver; stops everything on exit.
#   bench/scale-out.sh
#   BENCH_DURATION=30s BENCH_NODES=3 bench/scale-out.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

BENCH_NAME=scale-out
source "$ROOT/bench/lib/cluster.sh"
SMTP_PORT=${BENCH_SMTP_PORT:-2581}
MAX_NODES=${BENCH_NODES:-2}
DURATION=${BENCH_DURATION:-15s}
RECEIVE_DURATION=${BENCH_RECEIVE_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
DRAFTS=${BENCH_DRAFTS:-12000}        # per node count (warm-up and measurement)
REMINDERS=${BENCH_REMINDERS:-300}    # scheduled reminders brought forward to fire now
DRAIN_TIMEOUT=${BENCH_DRAIN_TIMEOUT:-300}
SMTP_PID=""
cleanup() {
  cluster_stop
  [ -n "$SMTP_PID" ] && kill "$SMTP_PID" 2>/dev/null && wait "$SMTP_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$LOGS"; mkdir -p "$LOGS"
cluster_prepare || exit 1
ensure_aiosmtpd
start_smtp "$SMTP_PORT" "$WORK/mail" || { log "could not start the SMTP server on $SMTP_PORT"; exit 1; }
start_receiver "$RECEIVER_PORT" "$WORK/receipts.txt" || { log "could not start the webhook receiver on $RECEIVER_PORT"; exit 1; }
# As deployed, but quieter logs, tokens that last the run, and Hangfire polling its queue every second (not 15 s).
export Serilog__MinimumLevel__Default=Warning Jwt__AccessTokenMinutes=600 RateLimiting__Login__PermitLimit=1000
export RateLimiting__Integrator__PermitLimit=100000 Hangfire__QueuePollInterval=00:00:01
export Smtp__Enabled=true Smtp__Port="$SMTP_PORT" Smtp__Security=None PublicSite__BaseUrl="$URL"

node_port() { echo $((FIRST_NODE_PORT + $1 - 1)); }
nodes=()
for n in $(seq 1 "$MAX_NODES"); do nodes+=("$(node_port "$n")"); done

start_node "${nodes[0]}" && wait_node "${nodes[0]}" || exit 1
nginx_up "$NGINX_PORT" "${nodes[0]}" || exit 1
register_integrator "$URL" "$RECEIVER_PORT" '["dossier.submitted","dossier.received"]' || { log "could not register the integrator"; exit 1; }
CITIZEN=$(sign_in "$URL" citizen.demo) && DESK=$(sign_in "$URL" sgd.receptionist) || { log "sign-in failed"; exit 1; }

# One real draft through the API with its documents; the drafts submitted below are copies of it (bench/copy-drafts.sql).
PROCEDURE=$(curl -fsS "$URL/api/v1/procedures?level=province&applicantType=Citizen&pageSize=100" | jq -er '.items[0].id') || exit 1
FORM=$(curl -fsS "$URL/api/v1/procedures/$PROCEDURE" | jq -c "$FILL") || exit 1
TEMPLATE=$(template_draft "$URL" "$CITIZEN" "$PROCEDURE" "$DEPARTMENT" "$FORM" "$WORK") || exit 1
echo "{\"formData\":$FORM}" >"$WORK/form.json"
for n in $(seq 1 "$MAX_NODES"); do
  "${PSQL[@]}" -v template="$TEMPLATE" -v purpose="nodes-$n" -v count="$DRAFTS" -f "$ROOT/bench/copy-drafts.sql" || exit 1
done
"${PSQL[@]}" -c "ANALYZE dossiers" -c "ANALYZE bench_drafts" || exit 1
wait_drained 60

RESULTS="$WORK/results.txt"; : >"$RESULTS"
run_wrk() {
  # $1 label, $2 lua script; BENCH_IDS etc. in the environment. Prints req/s, p50, p99 and the non-2xx answers.
  local out rps p50 p99 non2xx errs
  out=$(BENCH_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 10s --latency -s "$ROOT/bench/lua/$2" "$URL/" 2>&1)
  echo "$out" >>"$LOGS/wrk.log"
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); errs=$(awk '/Socket errors/ {print $0}' <<<"$out")
  # What the load left to the background (outbox messages, webhook deliveries): delivered meanwhile on the same cores.
  printf '%-44s %9s %9s %9s  %s\n' "$1" "$rps" "$p50" "$p99" "non-2xx: ${non2xx:-0}, left pending: $(pending_work | tr ' ' '+') ${errs}" | tee -a "$RESULTS"
}

printf '\n%-44s %9s %9s %9s\n' "(through nginx, wrk -t$THREADS -c$CONNECTIONS)" "req/s" "p50" "p99" | tee -a "$RESULTS"
for n in $(seq 1 "$MAX_NODES"); do
  if [ "$n" -gt 1 ]; then
    start_node "$(node_port "$n")" && wait_node "$(node_port "$n")" || exit 1
    nginx_up "$NGINX_PORT" "${nodes[@]:0:$n}" || exit 1
  fi
  "${PSQL[@]}" -Atc "SELECT id FROM bench_drafts WHERE purpose = 'nodes-$n' AND n <= $DRAFTS / 6 ORDER BY n" >"$WORK/warm-$n"
  "${PSQL[@]}" -Atc "SELECT id FROM bench_drafts WHERE purpose = 'nodes-$n' AND n > $DRAFTS / 6 ORDER BY n" >"$WORK/ids-$n"
  log "$n node(s): warming up"
  BENCH_THREADS=$THREADS BENCH_IDS="$WORK/warm-$n" BENCH_TOKEN=$CITIZEN BENCH_FORM="$WORK/form.json" BENCH_KEY_PREFIX="warm$n" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$ROOT/bench/lua/submit.lua" "$URL/" >/dev/null
  wait_drained "$DRAIN_TIMEOUT"
  BENCH_IDS="$WORK/ids-$n" BENCH_TOKEN=$CITIZEN BENCH_FORM="$WORK/form.json" BENCH_KEY_PREFIX="run$n" \
    run_wrk "$n node(s): citizen submissions" submit.lua "$DURATION"
  "${PSQL[@]}" -Atc "SELECT d.id FROM dossiers d JOIN bench_drafts b ON b.id = d.id AND b.purpose = 'nodes-$n' WHERE d.status = 'Submitted' ORDER BY d.submitted_at" >"$WORK/submitted-$n"
  BENCH_ACTION=receive BENCH_IDS="$WORK/submitted-$n" BENCH_TOKEN=$DESK run_wrk "$n node(s): desk receptions (codes)" submit.lua "$RECEIVE_DURATION"
  if wait_drained "$DRAIN_TIMEOUT"; then
    printf '%-44s %s s\n' "$n node(s): outbox and webhooks drained after" "$DRAINED_IN" | tee -a "$RESULTS"
  else
    printf '%-44s %s s (outbox, webhooks still pending: %s)\n' "$n node(s): outbox and webhooks NOT drained" "$DRAINED_IN" "$(pending_work)" | tee -a "$RESULTS"
  fi
done

# Reminders: the receptions scheduled step reminders (Hangfire, days ahead); bring BENCH_REMINDERS of them forward so
# that every node's scheduler and workers compete for them now.
for port in "${nodes[@]}"; do
  kill -0 "${NODE_PIDS[$port]:-0}" 2>/dev/null || log "node $port has exited (see $LOGS/node-$port.log)"
  wait_node "$port" 30 || exit 1
done
log "Firing $REMINDERS scheduled reminders on $MAX_NODES node(s)"
"${PSQL[@]}" -c "CREATE TABLE bench_reminders AS
  SELECT j.id, j.arguments FROM hangfire.job j
  WHERE j.statename = 'Scheduled' AND j.invocationdata::text LIKE '%StepReminderJob%' ORDER BY j.id LIMIT $REMINDERS" \
  -c "UPDATE hangfire.set SET score = extract(epoch FROM now()) - 1 WHERE key = 'schedule' AND value IN (SELECT id::text FROM bench_reminders)" || exit 1
EXPECTED_REMINDERS=$("${PSQL[@]}" -Atc "SELECT count(DISTINCT arguments) FROM bench_reminders")
deadline=$((SECONDS + 120))
until [ "$("${PSQL[@]}" -Atc "SELECT count(*) FROM hangfire.job j JOIN bench_reminders r ON r.id = j.id WHERE j.statename IN ('Scheduled', 'Enqueued', 'Processing')")" = 0 ] \
  || [ $SECONDS -ge $deadline ]; do sleep 1; done
wait_drained "$DRAIN_TIMEOUT"

# Sessions across nodes: sign in on the first node, refresh on the last, call the API there and on the first.
A="http://127.0.0.1:${nodes[0]}" B="http://127.0.0.1:${nodes[$((MAX_NODES - 1))]}"
refresh_cookie() { sed -n 's/^set-cookie: \(hanoidvc_refresh=[^;]*\).*/\1/Ip' "$1"; }
session_check() {
  local signed refreshed old new
  signed=$(curl -fsS -D "$WORK/h1" -X POST "$A/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"userName":"citizen.demo","password":"HanoiDvc@2026"}') || { echo "sign-in on A failed"; return; }
  old=$(refresh_cookie "$WORK/h1")
  refreshed=$(curl -fsS -D "$WORK/h2" -X POST "$B/api/v1/auth/refresh" -H "Cookie: $old") || { echo "refresh on B failed"; return; }
  new=$(jq -r .accessToken <<<"$refreshed")
  curl -fsS -o /dev/null "$B/api/v1/me" -H "Authorization: Bearer $new" || { echo "API call on B with B's token failed"; return; }
  curl -fsS -o /dev/null "$A/api/v1/me" -H "Authorization: Bearer $new" || { echo "API call on A with B's token failed"; return; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$A/api/v1/auth/refresh" -H "Cookie: $old")" = 401 ] \
    || { echo "the rotated refresh token was accepted again on A"; return; }
  jq -e .accessToken <<<"$signed" >/dev/null || { echo "no access token from A"; return; }
  echo "ok (signed in on :${nodes[0]}, refreshed on :${nodes[$((MAX_NODES - 1))]}, API called on both; the rotated refresh token refused on :${nodes[0]})"
}
SESSION=$(session_check)

q() { "${PSQL[@]}" -Atc "$1"; }
RECEIPTS=$(wc -l <"$WORK/receipts.txt"); DISTINCT_RECEIPTS=$(cut -d' ' -f1 "$WORK/receipts.txt" | sort -u | wc -l)
MAILS=$(find "$WORK/mail/new" -type f | wc -l)
DISTINCT_MAILS=$(grep -h -i -m1 '^Message-ID:' -r "$WORK/mail/new" | sort -u | wc -l)
echo
echo "================ HanoiDvc scale-out — $(nproc) cores shared by wrk, nginx, the nodes and PostgreSQL (fsync=off); load average $(cut -d' ' -f1-3 /proc/loadavg) ================"
cat "$RESULTS"
echo
echo "dossier codes:            $(q "SELECT count(code) || ' given, ' || count(DISTINCT code) || ' distinct' FROM dossiers")"
echo "code counters:            $(q "SELECT coalesce(sum(last), 0) || ' numbers taken for ' || (SELECT count(code) FROM dossiers) || ' codes' FROM dossier_code_counters")"
echo "tracking numbers:         $(q "SELECT count(tracking_number) || ' given, ' || count(DISTINCT tracking_number) || ' distinct' FROM dossiers")"
echo "outbox:                   $(q "SELECT count(*) FILTER (WHERE sent_at IS NOT NULL) || ' delivered, ' || count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL) || ' pending, ' || count(*) FILTER (WHERE failed_at IS NOT NULL) || ' given up' FROM outbox_messages")"
echo "webhooks:                 $(q "SELECT count(*) || ' deliveries, ' || count(*) FILTER (WHERE status = 'Delivered') || ' delivered' FROM webhook_deliveries"), $RECEIPTS received, $DISTINCT_RECEIPTS distinct, duplicates: $((RECEIPTS - DISTINCT_RECEIPTS))"
echo "reminders:                $EXPECTED_REMINDERS brought forward, $(q "SELECT count(*) || ' sent (step_reminders), ' || (SELECT count(*) FROM outbox_messages WHERE type = 'StepReminderDue') || ' reminder notices' FROM step_reminders"), duplicates: $(q "SELECT (SELECT count(*) FROM outbox_messages WHERE type = 'StepReminderDue') - count(*) FROM step_reminders")"
echo "e-mails:                  $MAILS received, $DISTINCT_MAILS distinct Message-IDs, duplicates: $((MAILS - DISTINCT_MAILS))"
echo "session across nodes:     $SESSION"
echo "(wrk output and node logs: $LOGS)"
