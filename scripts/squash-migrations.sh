#!/usr/bin/env bash
# Folds every EF migration into one baseline that creates the same schema (decision: no database runs this
# product in production yet, so history is not kept). Run it on main after merging branches that added migrations:
#   scripts/postgres.sh start --dir /tmp/pg-squash --port 54407 --throwaway
#   scripts/squash-migrations.sh --port 54407 [--sql-folded]
#   git add -A src/Infrastructure/Persistence/Migrations && git commit
# What it does: (1) applies the current chain to a fresh database and records its normalised schema in
# Migrations/Baseline.schema.sql; (2) deletes every generated migration file and the model snapshot, keeping the
# hand-written BaselineSql.cs; (3) generates a new `Baseline` (new timestamp, so every older database is recognised as
# squashed and refused with instructions, see MigrationHistoryCheck); (4) runs check-baseline.sh, which fails with
# the difference when the hand-written part misses something (a new trigger, expression index, column default).
# Hand-written SQL in the migrations being folded (migrationBuilder.Sql) must be moved into BaselineSql.cs first:
# the script lists it and stops unless --sql-folded says that was done. Data fixes (UPDATE …) are not needed there.
#
# Keeping a database migrated with the old chain (rather than dropping it): only when its last applied migration is
# the "Last squashed migration" named at the top of Baseline.schema.sql does it have the baseline's schema; then
#   DELETE FROM __ef_migrations_history;
#   INSERT INTO __ef_migrations_history (migration_id, product_version) VALUES ('<new *_Baseline id>', '<EF version>');
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PORT=54329; FOLDED=0
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT=$2; shift 2 ;;
    --sql-folded) FOLDED=1; shift ;;
    *) echo "squash-migrations.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
MIG="$ROOT/src/Infrastructure/Persistence/Migrations"
EF=(dotnet tool run dotnet-ef --project src/Infrastructure --startup-project src/WebApi)
DB=hanoidvc_squash
psql_() { "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
cd "$ROOT"

mapfile -t folded < <(cd "$MIG" && ls ./*.cs | sed 's|^\./||' | grep -v -e '\.Designer\.cs$' -e '^AppDbContextModelSnapshot\.cs$' -e '^BaselineSql\.cs$' -e '_Baseline\.cs$' || true)
if [ ${#folded[@]} -eq 0 ]; then log "Nothing to fold: the baseline is the only migration"; exit 0; fi
if [ $FOLDED = 0 ] && grep -l 'migrationBuilder.Sql(' "${folded[@]/#/$MIG/}" 2>/dev/null; then
  echo "These migrations hold hand-written SQL: move what shapes the schema into BaselineSql.cs, then rerun with --sql-folded" >&2
  exit 1
fi

dotnet tool restore >/dev/null
log "Building"
dotnet build src/WebApi -v q -nologo -clp:"ErrorsOnly;NoSummary"
log "Applying the current chain to a fresh database"
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=postgres" "${EF[@]}" database update --no-build >/dev/null
last=$(psql_ -d "$DB" -c "SELECT migration_id FROM __ef_migrations_history ORDER BY migration_id DESC LIMIT 1")
{
  echo "-- The schema the baseline migration must create: pg_dump --schema-only of the migration chain it replaced,"
  echo "-- normalised by scripts/schema-dump.py. Written by scripts/squash-migrations.sh, checked by scripts/check-baseline.sh."
  echo "-- Last squashed migration: $last"
  "$PGBIN/pg_dump" -h 127.0.0.1 -p "$PORT" -U postgres --schema-only --no-owner "$DB" | python3 scripts/schema-dump.py
} >"$MIG/Baseline.schema.sql"
psql_ -d postgres -c "DROP DATABASE $DB WITH (FORCE)"

log "Replacing ${#folded[@]} migration(s) and the old baseline by a new baseline"
keep=$(mktemp -d)
mv "$MIG/BaselineSql.cs" "$keep/"   # it extends the generated class, which does not exist while EF builds
trap 'mv "$keep/BaselineSql.cs" "$MIG/" 2>/dev/null || true' EXIT
find "$MIG" -maxdepth 1 -name '*.cs' -delete
# No --namespace: EF would then file the snapshot under src/Infrastructure/HanoiDvc/…; the folder gives the namespace.
"${EF[@]}" migrations add Baseline --output-dir Persistence/Migrations >/dev/null
mv "$keep/BaselineSql.cs" "$MIG/"
[ -f "$MIG/AppDbContextModelSnapshot.cs" ] || { echo "the model snapshot was not written to $MIG" >&2; exit 1; }
grep -q '^namespace HanoiDvc.Infrastructure.Persistence.Migrations$' "$MIG"/*_Baseline.cs || { echo "unexpected namespace in the new baseline" >&2; exit 1; }
trap - EXIT

scripts/check-baseline.sh --port "$PORT"
"${EF[@]}" migrations has-pending-model-changes --no-build
log "Done: $(ls "$MIG"/*_Baseline.cs | xargs -n1 basename) replaces the chain up to $last. Commit the Migrations folder."
