#!/usr/bin/env bash
# Runs the whole system locally: PostgreSQL (project-local cluster), migrations and seed data,
# then the API serving the SPA, Swagger and the Hangfire dashboard on one port.
#   ./run.sh                                 (two-tier local government, as in force since July 2025)
#   HANOIDVC_SETUP=three-tier ./run.sh       (the 2019 set-up with districts, in a database of its own)
#   HANOIDVC_PORT=5080, HANOIDVC_PG_PORT=54329 by default
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$ROOT/scripts/lib.sh"

PORT=${HANOIDVC_PORT:-5080}
PG_PORT=${HANOIDVC_PG_PORT:-54329}
URL="http://127.0.0.1:$PORT"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Organisation__Setup=${HANOIDVC_SETUP:-two-tier}
DATABASE=hanoidvc; [ "$Organisation__Setup" = three-tier ] && DATABASE=hanoidvc_three_tier
export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=$DATABASE;Username=postgres"
export FileStore__Root="$ROOT/.data/files"
export PublicSite__BaseUrl=${PublicSite__BaseUrl:-$URL}   # links in PDFs and e-mails; the payment gateway returns here

ensure_dotnet
ensure_node_modules
"$ROOT/scripts/postgres.sh" start --dir "$ROOT/.data/postgres" --port "$PG_PORT"
trap '"$ROOT/scripts/postgres.sh" stop --dir "$ROOT/.data/postgres" --port "$PG_PORT"' EXIT

build_spa
log "Building the API"
dotnet build "$ROOT/src/WebApi" -c Release -v q -nologo -clp:"ErrorsOnly;NoSummary"
API_DLL="$ROOT/src/WebApi/bin/Release/net10.0/HanoiDvc.WebApi.dll"

log "Applying migrations and seed data"
# The log lines are JSON; what is left is the table of development accounts (Development environment only).
(cd "$ROOT/src/WebApi" && dotnet "$API_DLL" migrate) | sed -n '/^{/!p'

cat <<MSG

  HanoiDvc is starting at   $URL
  Swagger UI                $URL/swagger
  Hangfire dashboard        $URL/hangfire   (from this machine only)
  Health                    $URL/health/ready
  PostgreSQL                127.0.0.1:$PG_PORT, database $DATABASE ($Organisation__Setup set-up), data in .data/postgres
  Stop with Ctrl+C (PostgreSQL stops too; the data stays).

MSG
cd "$ROOT/src/WebApi"
dotnet "$API_DLL" --urls "$URL"
