#!/usr/bin/env bash
# Webhook delivery: throughput and latency from the event's outbox write to its receipt by a loopback receiver.
# One dossier is submitted by ingestion (a registered integrator with a webhook subscription on dossier.submitted);
# its DossierSubmitted outbox row is then copied BENCH_EVENTS times in one transaction (a burst), and BENCH_PACED more
# times one by one at BENCH_RATE per second (light load). The API (Release) runs as deployed: outbox dispatcher and
# Hangfire worker in-process, both polling every BENCH_POLL. The receiver (Python, threaded) answers 200 at once and
# logs each delivery id with its arrival time; latency = arrival - outbox_messages.created_at of that event.
# Starts a throwaway PostgreSQL (fsync=off) on BENCH_PG_PORT, the API on BENCH_API_PORT, the receiver on
# BENCH_RECEIVER_PORT; stops all on exit. Raw figures land in bench/results/webhooks-*.txt.
#   bench/webhooks.sh
#   BENCH_EVENTS=5000 BENCH_WORKERS=16 bench/webhooks.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"
source "$ROOT/bench/lib/drafts.sh"

PG_PORT=${BENCH_PG_PORT:-54379}
URL="http://127.0.0.1:${BENCH_API_PORT:-5179}"
RECEIVER_PORT=${BENCH_RECEIVER_PORT:-5180}
EVENTS=${BENCH_EVENTS:-2000}
PACED=${BENCH_PACED:-200}
RATE=${BENCH_RATE:-20}
WORKERS=${BENCH_WORKERS:-8}
POLL=${BENCH_POLL:-00:00:00.200}
PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
WORK=$(mktemp -d /tmp/hanoidvc-bench-work.XXXXXX)
LOGS="$ROOT/artifacts/bench"
RESULTS="$ROOT/bench/results"
API_PID="" RECEIVER_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  [ -n "$RECEIVER_PID" ] && kill "$RECEIVER_PID" 2>/dev/null && wait "$RECEIVER_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$PG_DIR" "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v psql >/dev/null || apt_install postgresql-client
command -v jq >/dev/null || apt_install jq
ensure_dotnet
mkdir -p "$RESULTS" "$LOGS"
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null || exit 1
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1

# The receiver: one line "<delivery id> <unix seconds with fraction>" per request, written as it arrives.
python3 "$ROOT/bench/webhook-receiver.py" "$RECEIVER_PORT" "$WORK/receipts.txt" &
RECEIVER_PID=$!

export Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Development
export Hangfire__ServerEnabled=true Hangfire__WorkerCount=$WORKERS Hangfire__QueuePollInterval=$POLL
export Outbox__DispatcherEnabled=true Outbox__PollInterval=$POLL RateLimiting__Integrator__PermitLimit=100000
start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" hanoidvc_bench "$LOGS" || exit 1
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d hanoidvc_bench)
ADMIN=$(curl -fsS -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"sysadmin","password":"HanoiDvc@2026"}' | jq -er .accessToken) || { log "sign-in failed"; exit 1; }
DEPARTMENT=$("${PSQL[@]}" -Atc "SELECT id FROM agencies WHERE code = '000.00.12.H26'")
CLIENT=$(curl -fsS -X POST "$URL/api/v1/admin/api-clients" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench\",\"contactEmail\":\"bench@example.vn\",\"scopes\":[\"catalogue:read\",\"dossiers:write\",\"webhooks:manage\"],\"agencyIds\":[\"$DEPARTMENT\"]}") || exit 1
TOKEN=$(curl -fsS -X POST "$URL/api/v1/oauth/token" -u "$(jq -r .client.clientId <<<"$CLIENT"):$(jq -r .clientSecret <<<"$CLIENT")" \
  -d grant_type=client_credentials | jq -er .access_token) || { log "no client token"; exit 1; }
AUTH=(-H "Authorization: Bearer $TOKEN")
curl -fsS -X POST "$URL/api/v1/webhooks" "${AUTH[@]}" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"events\":[\"dossier.submitted\"]}" >/dev/null || exit 1

# One dossier by ingestion: the Department's first procedure whose required fields FILL answers.
{ printf '%%PDF-1.7\n'; head -c 2000 /dev/urandom; } >"$WORK/document.pdf"
SHA=$(curl -fsS -X POST "$URL/api/v1/integrations/files" "${AUTH[@]}" -F "file=@$WORK/document.pdf;type=application/pdf" | jq -er .sha256) || exit 1
INGESTED=""
for PROCEDURE in $(curl -fsS "$URL/api/v1/procedures?level=province&applicantType=Citizen&pageSize=50" "${AUTH[@]}" | jq -r '.items[].id'); do
  DETAIL=$(curl -fsS "$URL/api/v1/procedures/$PROCEDURE" "${AUTH[@]}")
  BODY=$(jq -c --arg dept "$DEPARTMENT" --arg sha "$SHA" --argjson form "$(jq -c -f "$ROOT/bench/fill-form.jq" <<<"$DETAIL")" "{procedureId: .id, decidingAgencyId: \$dept,
    applicant: {fullName: \"Nguyễn Văn Đức\", citizenId: \"001090012345\"}, formData: \$form,
    attachments: [.documents[] | select(.mandatory) | {sha256: \$sha, fileName: \"giay-to.pdf\", documentName: .name}]}" <<<"$DETAIL")
  if INGESTED=$(curl -fsS -X POST "$URL/api/v1/integrations/dossiers" "${AUTH[@]}" -H 'Content-Type: application/json' -d "$BODY" | jq -er .id); then
    break
  fi
done
[ -n "$INGESTED" ] || { log "no procedure could be submitted by ingestion"; exit 1; }
wait_for() { # $1 how many receipts, $2 seconds at most
  local deadline=$((SECONDS + $2))
  while [ "$(wc -l <"$WORK/receipts.txt" 2>/dev/null || echo 0)" -lt "$1" ] && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
}
wait_for 1 60
COPY="INSERT INTO outbox_messages (id, type, payload, created_at, next_attempt_at, attempts)
  SELECT gen_random_uuid(), e.type, e.payload, clock_timestamp(), clock_timestamp(), 0
  FROM (SELECT type, payload FROM outbox_messages WHERE type = 'DossierSubmitted' LIMIT 1) e"

# Burst: BENCH_EVENTS events written in one transaction.
log "burst: $EVENTS events"
"${PSQL[@]}" -c "$COPY CROSS JOIN generate_series(1, $EVENTS)" || exit 1
BURST_START=$(date +%s.%N)
wait_for $((1 + EVENTS)) 600
BURST_END=$(date +%s.%N)
cp "$WORK/receipts.txt" "$WORK/burst.txt"

# Paced: one event per transaction at BENCH_RATE per second.
log "paced: $PACED events at $RATE/s"
for _ in $(seq "$PACED"); do echo "$COPY;"; echo "SELECT pg_sleep(1.0 / $RATE);"; done | "${PSQL[@]}" >/dev/null
wait_for $((1 + EVENTS + PACED)) 300

figures() { # $1 receipts file, $2 skip first N lines, $3 take N lines
  tail -n +"$(($2 + 1))" "$1" | head -n "$3" >"$WORK/slice.txt"
  "${PSQL[@]}" -c "CREATE TEMP TABLE r (delivery uuid, at double precision)" -c "\\copy r FROM '$WORK/slice.txt' WITH (FORMAT text, DELIMITER ' ')" -Atc "
    WITH l AS (SELECT (r.at - extract(epoch FROM m.created_at)) * 1000 AS ms, r.at, m.created_at
               FROM r JOIN webhook_deliveries d ON d.id = r.delivery JOIN outbox_messages m ON m.id = d.outbox_message_id)
    SELECT format('received %s | latency ms p50 %s p90 %s p99 %s max %s | %s events/s (first outbox write to last receipt)',
      count(*), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1), round(percentile_cont(0.9) WITHIN GROUP (ORDER BY ms)::numeric, 1),
      round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1), round(max(ms)::numeric, 1),
      round((count(*) / greatest(max(at) - extract(epoch FROM min(created_at)), 0.001))::numeric, 1)) FROM l"
}
STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
OUT="$RESULTS/webhooks-$(date -u +%Y%m%d-%H%M).txt"
{
  echo "# bench/webhooks.sh $STAMP — $(nproc) cores; Hangfire workers $WORKERS, outbox and Hangfire poll $POLL"
  echo "burst ($EVENTS in one transaction): $(figures "$WORK/receipts.txt" 1 "$EVENTS")"
  echo "paced ($PACED at $RATE/s):           $(figures "$WORK/receipts.txt" $((1 + EVENTS)) "$PACED")"
  echo "attempts that failed: $("${PSQL[@]}" -Atc "SELECT count(*) FROM webhook_attempts WHERE status_code IS NULL OR status_code >= 300")"
  echo "deliveries not delivered: $("${PSQL[@]}" -Atc "SELECT count(*) FROM webhook_deliveries WHERE status <> 'Delivered'")"
} | tee "$OUT"
