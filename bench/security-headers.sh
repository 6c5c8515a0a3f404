#!/usr/bin/env bash
# Prints the security headers the server sends: the SPA's page, an API answer, a problem, Swagger UI, and CORS
# preflights from an allowed and a disallowed origin (decision 0019).
#   bench/security-headers.sh https://portal.example.vn   (asks that server; starts nothing)
#   bench/security-headers.sh                             (builds the SPA and the API, starts a throwaway PostgreSQL and the
#                                                          API with one allowed origin, asks it, stops both)
#   SECURITY_ALLOWED_ORIGIN (default https://truong.example.edu.vn), SECURITY_OTHER_ORIGIN (default https://evil.example.com)
#   BENCH_PG_PORT=54349 BENCH_API_PORT=5098 when it starts its own.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

ALLOWED=${SECURITY_ALLOWED_ORIGIN:-https://truong.example.edu.vn}
OTHER=${SECURITY_OTHER_ORIGIN:-https://evil.example.com}
API_PID="" PG_DIR=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  [ -n "$PG_DIR" ] && "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1 && rm -rf "$PG_DIR"
}
trap cleanup EXIT

if [ $# -gt 0 ]; then
  URL=${1%/}
else
  PG_PORT=${BENCH_PG_PORT:-54349}
  URL="http://127.0.0.1:${BENCH_API_PORT:-5098}"
  PG_DIR=$(mktemp -d /tmp/hanoidvc-bench-pg.XXXXXX)
  ensure_dotnet
  ensure_node_modules
  build_spa
  "$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null
  dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
  export Serilog__MinimumLevel__Default=Warning Cors__AllowedOrigins__0="$ALLOWED"
  start_api "$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" hanoidvc_bench "$ROOT/artifacts/bench" || exit 1
fi

# The status line and the headers that matter here, in a fixed order.
show() {
  local title=$1; shift
  printf '\n== %s\n' "$title"
  local headers
  headers=$(curl -sS -o /dev/null -D - "$@" | tr -d '\r')
  head -n1 <<<"$headers"
  grep -iE '^(content-type|content-security-policy|strict-transport-security|x-content-type-options|x-frame-options|referrer-policy|permissions-policy|cross-origin-opener-policy|access-control-[a-z-]+|retry-after):' <<<"$headers" | sort -f -s -t: -k1,1
}
preflight() {
  show "CORS preflight from $1" -X OPTIONS "$URL/api/v1/auth/token" -H "Origin: $1" \
    -H 'Access-Control-Request-Method: POST' -H 'Access-Control-Request-Headers: authorization, content-type'
}

printf 'Security headers of %s\n' "$URL"
show "GET / (the SPA's page)" "$URL/"
show "GET /api/v1/agencies (an API answer)" "$URL/api/v1/agencies"
show "GET /api/v1/no-such-endpoint (a problem)" "$URL/api/v1/no-such-endpoint"
show "GET /swagger/index.html" "$URL/swagger/index.html"
preflight "$ALLOWED"
preflight "$OTHER"
