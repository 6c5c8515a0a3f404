#!/usr/bin/env bash
# VNPay IPNs under load: BENCH_PAYMENTS pending payments (each of its own submitted level-4 dossier), then wrk sends their
# signed IPNs (pre-signed in SQL with pgcrypto's hmac, the same canonical query VNPay signs) to GET /api/v1/payments/vnpay/ipn.
# Prints req/s, p50/p90/p99, the IPNs sent and answered per RspCode, and the payments confirmed.
# Starts a throwaway PostgreSQL (fsync=off) on BENCH_PG_PORT and the Release API on BENCH_API_PORT; stops both on exit.
#   bench/payment-ipn.sh
#   BENCH_PAYMENTS=50000 BENCH_DURATION=20s bench/payment-ipn.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"
source "$ROOT/bench/lib/drafts.sh"

PG_PORT=${BENCH_PG_PORT:-54381}
URL="http://127.0.0.1:${BENCH_API_PORT:-5181}"
PAYMENTS=${BENCH_PAYMENTS:-100000}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
TMN_CODE=BENCHTMN
HASH_SECRET=bench-only-vnpay-hash-secret-$RANDOM$RANDOM
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
command -v psql >/dev/null || apt_install postgresql-client
command -v jq >/dev/null || apt_install jq
ensure_dotnet
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null || exit 1
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
export Serilog__MinimumLevel__Default=Warning Hangfire__ServerEnabled=false Jwt__AccessTokenMinutes=600
export ASPNETCORE_ENVIRONMENT=Development   # the development accounts (citizen.demo…)
export Payments__VnPay__TmnCode=$TMN_CODE Payments__VnPay__HashSecret=$HASH_SECRET Payments__Sandbox__Enabled=false
start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" hanoidvc_bench "$LOGS" || exit 1
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d hanoidvc_bench)
CITIZEN=$(curl -fsS -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"citizen.demo","password":"HanoiDvc@2026"}' | jq -er .accessToken) || { log "sign-in failed"; exit 1; }

# One real level-4 dossier with a fee through the API (the seeded copy of a diploma, 20,000 đồng per copy), submitted:
# its row is the template of every dossier paid below.
PROCEDURE=$(curl -fsS "$URL/api/v1/procedures?q=cap%20ban%20sao%20so%20goc&level=province&pageSize=10" | jq -er '.items[0].id') || exit 1
FORM=$(curl -fsS "$URL/api/v1/procedures/$PROCEDURE" | jq -c "$FILL") || exit 1
DEPARTMENT=$("${PSQL[@]}" -Atc "SELECT id FROM agencies WHERE code = '000.00.12.H26'")
TEMPLATE=$(template_draft "$URL" "$CITIZEN" "$PROCEDURE" "$DEPARTMENT" "$FORM" "$WORK") || exit 1
curl -fsS -o /dev/null -X POST "$URL/api/v1/dossiers/$TEMPLATE/submit" -H "Authorization: Bearer $CITIZEN" -H 'Content-Type: application/json' \
  -d "{\"formData\":$FORM}" || { log "could not submit the template"; exit 1; }
STARTED=$(curl -fsS -X POST "$URL/api/v1/dossiers/$TEMPLATE/payments" -H "Authorization: Bearer $CITIZEN" -H 'Content-Type: application/json' -d '{}') \
  || { log "could not start a payment through the API"; exit 1; }
log "Template dossier $TEMPLATE, $(jq -r .amountVnd <<<"$STARTED") đồng due; creating $PAYMENTS dossiers with one pending payment each"

"${PSQL[@]}" -v payments="$PAYMENTS" -v template="$TEMPLATE" <<'SQL' || exit 1
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE bench_dossiers AS SELECT gen_random_uuid() AS id, g AS n FROM generate_series(1, :payments) g;
INSERT INTO dossiers
SELECT (jsonb_populate_record(NULL::dossiers, to_jsonb(t) || jsonb_build_object('id', b.id, 'tracking_number', NULL))).*
FROM bench_dossiers b, dossiers t WHERE t.id = :'template';
INSERT INTO payments (id, dossier_id, agency_id, applicant_id, provider, order_ref, amount_vnd, status, created_at, business_date, expires_at)
SELECT gen_random_uuid(), b.id, t.receiving_agency_id, t.applicant_id, 'vnpay', replace(gen_random_uuid()::text, '-', ''), t.amount_due_vnd,
       'Pending', now(), (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, now() + interval '1 hour'
FROM bench_dossiers b, dossiers t WHERE t.id = :'template';
ANALYZE dossiers; ANALYZE payments;
SQL
# VNPay's canonical query (parameters sorted by name; every value here is URL-safe) and its HMAC-SHA512, as VNPay would send it.
"${PSQL[@]}" -At -v tmn="$TMN_CODE" -v secret="$HASH_SECRET" -v template="$TEMPLATE" >"$WORK/ipns.txt" <<'SQL' || exit 1
SELECT q || '&vnp_SecureHash=' || encode(hmac(q, :'secret', 'sha512'), 'hex')
FROM (SELECT 'vnp_Amount=' || amount_vnd * 100 || '&vnp_BankCode=NCB&vnp_CardType=ATM&vnp_OrderInfo=ThanhToanPhiHoSo&vnp_PayDate=20260302081000'
             || '&vnp_ResponseCode=00&vnp_TmnCode=' || :'tmn' || '&vnp_TransactionNo=' || (10000000 + row_number() OVER ())
             || '&vnp_TransactionStatus=00&vnp_TxnRef=' || order_ref AS q
      FROM payments WHERE status = 'Pending' AND dossier_id <> :'template'::uuid ORDER BY random()) s;
SQL
log "$(wc -l <"$WORK/ipns.txt") signed IPNs; checking one by hand"
first=$(curl -fsS "$URL/api/v1/payments/vnpay/ipn?$(head -n1 "$WORK/ipns.txt")")
again=$(curl -fsS "$URL/api/v1/payments/vnpay/ipn?$(head -n1 "$WORK/ipns.txt")")
log "first: $first; replayed: $again"
[ "$(jq -r .RspCode <<<"$first")" = 00 ] && [ "$(jq -r .RspCode <<<"$again")" = 02 ] || { log "the IPN endpoint does not answer as expected"; exit 1; }
tail -n +2 "$WORK/ipns.txt" >"$WORK/ipns-load.txt"

mkdir -p "$LOGS"
log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on the IPN endpoint"
out=$(BENCH_IPNS="$WORK/ipns-load.txt" BENCH_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/bench/lua/ipn.lua" "$URL/" 2>&1)
echo "$out" >"$LOGS/payment-ipn-wrk.log"
rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p90=$(awk '$1=="90%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
sent=$(awk '/requests in/ {print $1}' <<<"$out")
answers=$(grep '^IPN answers' <<<"$out")
confirmed=$("${PSQL[@]}" -Atc "SELECT count(*) FROM payments WHERE status = 'Paid' AND dossier_id <> '$TEMPLATE'")
paid_dossiers=$("${PSQL[@]}" -Atc "SELECT count(*) FROM dossiers WHERE payment_status = 'Paid'")
messages=$("${PSQL[@]}" -Atc "SELECT count(*) FROM gateway_messages WHERE kind = 'Notification'")

printf '\n%-44s %10s %9s %9s %9s\n' "IPN (${DURATION}, wrk -t$THREADS -c$CONNECTIONS, loopback)" "req/s" "p50" "p90" "p99"
printf '%-44s %10s %9s %9s %9s\n' "GET /api/v1/payments/vnpay/ipn" "$rps" "$p50" "$p90" "$p99"
echo "IPNs sent by wrk: $sent (of $(wc -l <"$WORK/ipns-load.txt") distinct; beyond that, replays)"
echo "$answers"
echo "payments confirmed: $confirmed (+1 by hand); dossiers paid: $paid_dossiers; IPN messages stored raw: $messages"
