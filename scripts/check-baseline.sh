#!/usr/bin/env bash
# Proves that the baseline migration creates exactly the schema recorded in
# src/Infrastructure/Persistence/Migrations/Baseline.schema.sql (the old chain's schema when it was squashed).
#   scripts/check-baseline.sh [--port PGPORT] [--no-build]
# Needs a running PostgreSQL on PGPORT (scripts/postgres.sh start --port PGPORT --throwaway); creates and drops
# the database hanoidvc_baseline_check. Applies the migrations up to the baseline only, so it stays true when
# small migrations are added on top. Exit 1 with the diff when the schemas differ. Not run by CI (a build and ~1 min).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PORT=54329; BUILD=(); EXPECTED="$ROOT/src/Infrastructure/Persistence/Migrations/Baseline.schema.sql"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT=$2; shift 2 ;;
    --no-build) BUILD=(--no-build); shift ;;
    --expected) EXPECTED=$2; shift 2 ;;
    *) echo "check-baseline.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
DB=hanoidvc_baseline_check
psql_() { "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

baseline=$(cd "$ROOT/src/Infrastructure/Persistence/Migrations" && ls ./*_Baseline.cs | sed 's|^\./||; s|\.cs$||')
[ -n "$baseline" ] || { echo "no *_Baseline.cs migration found" >&2; exit 1; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
log "Applying migrations up to $baseline to a fresh database"
(cd "$ROOT" && ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=postgres" \
  dotnet tool run dotnet-ef database update "$baseline" --project src/Infrastructure --startup-project src/WebApi "${BUILD[@]}" >/dev/null)
actual=$(mktemp)
"$PGBIN/pg_dump" -h 127.0.0.1 -p "$PORT" -U postgres --schema-only --no-owner "$DB" | python3 "$ROOT/scripts/schema-dump.py" >"$actual"
psql_ -d postgres -c "DROP DATABASE $DB WITH (FORCE)"
if diff -u <(grep -v '^--' "$EXPECTED") "$actual"; then
  log "The baseline creates the expected schema ($(grep -vc '^--' "$EXPECTED") lines of normalised pg_dump)"
  rm -f "$actual"
else
  echo "The baseline's schema differs from $EXPECTED (- expected, + baseline); dump kept in $actual" >&2
  exit 1
fi
