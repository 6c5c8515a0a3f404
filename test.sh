#!/usr/bin/env bash
# Runs every test: .NET unit and integration tests (on a throwaway PostgreSQL), the Angular unit tests,
# and the browser end-to-end tests (Debian Chromium via playwright-core) against the real API serving the built SPA.
# Installs what is missing, stops what it started, exits non-zero on any failure and ends with "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$ROOT/scripts/lib.sh"

ARTIFACTS="$ROOT/artifacts"
PG_PORT=${HANOIDVC_TEST_PG_PORT:-54339}
API_PORT=${HANOIDVC_TEST_API_PORT:-5099}
API3_PORT=${HANOIDVC_TEST_API3_PORT:-$((API_PORT + 1))}   # the three-tier set-up's API
SMTP_PORT=${HANOIDVC_TEST_SMTP_PORT:-2529}
PG_DIR=$(mktemp -d /tmp/hanoidvc-test-pg.XXXXXX)
MAIL_DIR=$(mktemp -d /tmp/hanoidvc-test-mail.XXXXXX)
API_PID="" API3_PID="" SMTP_PID=""
passed=0 failed=0
rm -rf "$ARTIFACTS"; mkdir -p "$ARTIFACTS"

cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  [ -n "$API3_PID" ] && kill "$API3_PID" 2>/dev/null && wait "$API3_PID" 2>/dev/null
  [ -n "$SMTP_PID" ] && kill "$SMTP_PID" 2>/dev/null && wait "$SMTP_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$PG_DIR" "$MAIL_DIR"
}
trap cleanup EXIT

count() {
  # $1 suite name, $2 passed, $3 failed, $4 exit code: a suite that failed without reporting a failure counts as one.
  local p=${2:-0} f=${3:-0}
  if [ "$4" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  log "$1: $p passed, $f failed"
}

# --- What the machine needs -------------------------------------------------
[ -x /usr/bin/chromium ] || apt_install chromium
ensure_aiosmtpd
ensure_python_yaml
ensure_nginx
ensure_pdf_tools
ensure_dotnet
ensure_node_modules
ensure_node_modules tools/openapi-lint
# A real SMTP server that writes every message it receives into a Maildir; the mail tests read it there.
start_smtp "$SMTP_PORT" "$MAIL_DIR" || { echo "Could not start the test SMTP server (is port $SMTP_PORT taken?)"; echo "0 passed, 1 failed"; exit 1; }
export HANOIDVC_TEST_SMTP_PORT="$SMTP_PORT" HANOIDVC_TEST_MAILBOX="$MAIL_DIR"
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway || { echo "Could not start the test PostgreSQL (is port $PG_PORT taken?)"; echo "0 passed, 1 failed"; exit 1; }
export HANOIDVC_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
# Tests that produce something worth looking at (the PDF forms) keep a copy here.
export HANOIDVC_ARTIFACTS="$ARTIFACTS"

# --- Deployment files (no Docker here: checked offline) ----------------------
log "Deployment files (docker-compose.yml, deploy/nginx.conf)"
/usr/bin/python3 "$ROOT/scripts/check-deploy.py" 2>&1 | tee "$ARTIFACTS/deploy-check.log"
rc=${PIPESTATUS[0]}
line=$(tail -n1 "$ARTIFACTS/deploy-check.log")
count "Deployment files" "$(grep -oE '^[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')" "$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')" "$rc"

# --- The OpenAPI document as integrators' tools read it -----------------------
log "OpenAPI document (Spectral, spectral:oas: examples against their schemas)"
(cd "$ROOT/tools/openapi-lint" && npm run lint --silent) 2>&1 | tee "$ARTIFACTS/openapi-lint.log"
rc=${PIPESTATUS[0]}
count "OpenAPI document" "$((rc == 0))" "$((rc != 0))" "$rc"

# --- .NET --------------------------------------------------------------------
log "Building the solution"
if ! dotnet build "$ROOT/HanoiDvc.sln" -v q -nologo -clp:"ErrorsOnly;NoSummary"; then
  count ".NET build" 0 1 1
else
  log ".NET tests"
  dotnet test "$ROOT/HanoiDvc.sln" --no-build -v q --nologo --results-directory "$ARTIFACTS/dotnet" --logger "trx" 2>&1 | tee "$ARTIFACTS/dotnet-test.log"
  rc=${PIPESTATUS[0]}
  p=$(grep -hoE 'Passed: +[0-9]+' "$ARTIFACTS/dotnet-test.log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -hoE 'Failed: +[0-9]+' "$ARTIFACTS/dotnet-test.log" | awk '{s+=$2} END {print s+0}')
  count ".NET" "$p" "$f" "$rc"
fi

# --- Angular unit tests ------------------------------------------------------
log "Angular unit tests (Vitest)"
(cd "$ROOT/client-app" && npm test --silent) 2>&1 | tee "$ARTIFACTS/angular-test.log"
rc=${PIPESTATUS[0]}
line=$(grep -E '^\s*Tests\s+' "$ARTIFACTS/angular-test.log" | tail -n1)
count "Angular" "$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')" "$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')" "$rc"

# --- End to end: the real API serving the built SPA -------------------------
e2e() {
  build_spa || return 1
  local db="hanoidvc_e2e" url="http://127.0.0.1:$API_PORT"
  export Smtp__Enabled=true Smtp__Port="$SMTP_PORT" Smtp__Security=None   # the API's mail goes to the test SMTP server too
  export PublicSite__BaseUrl="$url"   # the sandbox gateway sends the browser back to this server's payment return page
  # The suites sign in a dozen accounts, look dossiers up and submit many from one address within minutes; the limits
  # themselves have their HTTP tests.
  export RateLimiting__Login__PermitLimit=200 RateLimiting__Lookup__PermitLimit=1000 RateLimiting__Lookup__FailureLimit=1000 \
    RateLimiting__Submission__PermitLimit=1000
  # The seeds' three-tier set-up (with districts) in an API and database of its own, for the district-level suite.
  local url3="http://127.0.0.1:$API3_PORT"
  PublicSite__BaseUrl="$url3" Organisation__Setup=three-tier \
    start_api "$ROOT/src/WebApi/bin/Debug/net10.0/HanoiDvc.WebApi.dll" "$url3" "$PG_PORT" hanoidvc_e2e_three_tier "$ARTIFACTS/e2e-three-tier" || return 1
  API3_PID=$API_PID API_PID=""
  start_api "$ROOT/src/WebApi/bin/Debug/net10.0/HanoiDvc.WebApi.dll" "$url" "$PG_PORT" "$db" "$ARTIFACTS/e2e" || return 1
  local expected
  expected=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" -tAc "SELECT count(*) FROM agencies")
  (cd "$ROOT/client-app" && E2E_BASE_URL="$url" E2E_THREE_TIER_URL="$url3" E2E_EXPECTED_AGENCY_COUNT="$expected" E2E_ARTIFACTS_DIR="$ARTIFACTS/e2e" npm run e2e --silent)
}
log "End-to-end tests (Chromium)"
# Not in a pipeline: e2e must run in this shell so that cleanup() knows the API's process id.
e2e > >(tee "$ARTIFACTS/e2e-test.log") 2>&1
rc=$?
count "End-to-end" "$(grep -oE '^ℹ pass [0-9]+' "$ARTIFACTS/e2e-test.log" | grep -oE '[0-9]+')" "$(grep -oE '^ℹ fail [0-9]+' "$ARTIFACTS/e2e-test.log" | grep -oE '[0-9]+')" "$rc"

log "Artifacts (test results, screenshots) in $ARTIFACTS"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
