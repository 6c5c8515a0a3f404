#!/usr/bin/env bash
# Proves that a backup restores: a throwaway PostgreSQL and the API (migrated and seeded), BACKUP_CHECK_DOSSIERS dossiers
# submitted through the API by citizen.demo with their documents (distinct files), BACKUP_CHECK_SYNTHETIC more from
# bench/generate-dossiers.sql; the API stopped; scripts/backup.sh; scripts/restore.sh into a fresh database and a fresh
# folder; then the row count of every table (public and hangfire schemas) and the SHA-256 of every file compared between
# the source and the copy, each file's content against the hash it is stored under too. Ends with "restore check: OK"
# or "restore check: FAILED" (exit status 1).
#   scripts/backup-check.sh
#   BACKUP_CHECK_PG_PORT=54391 BACKUP_CHECK_API_PORT=5191 scripts/backup-check.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

PG_PORT=${BACKUP_CHECK_PG_PORT:-54391}
URL="http://127.0.0.1:${BACKUP_CHECK_API_PORT:-5191}"
DOSSIERS=${BACKUP_CHECK_DOSSIERS:-10}
SYNTHETIC=${BACKUP_CHECK_SYNTHETIC:-5000}
WORK=$(mktemp -d /tmp/hanoidvc-backup-check.XXXXXX)
PG_DIR="$WORK/postgres" SOURCE_FILES="$WORK/files" RESTORED_FILES="$WORK/restored-files" BACKUPS="$WORK/backups"
LOGS="$ROOT/artifacts/backup-check"
DB=hanoidvc_backup_source RESTORED_DB=hanoidvc_backup_restored
API_PID=""
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null && wait "$API_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop --dir "$PG_DIR" --port "$PG_PORT" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v jq >/dev/null || apt_install jq
ensure_dotnet
mkdir -p "$LOGS" "$SOURCE_FILES"
"$ROOT/scripts/postgres.sh" start --dir "$PG_DIR" --port "$PG_PORT" --throwaway >/dev/null || exit 1
dotnet build "$ROOT/src/WebApi" -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
export Serilog__MinimumLevel__Default=Warning FileStore__Root="$SOURCE_FILES" ASPNETCORE_ENVIRONMENT=Development
start_api "$ROOT/src/WebApi/bin/Debug/net10.0/HanoiDvc.WebApi.dll" "$URL" "$PG_PORT" "$DB" "$LOGS" || exit 1
PSQL=(psql -X -q -tA -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)

# --- Dossiers with files, through the API ------------------------------------------------------------------------------
CITIZEN=$(curl -fsS -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"citizen.demo","password":"HanoiDvc@2026"}' | jq -er .accessToken) || { log "sign-in failed"; exit 1; }
AUTH=(-H "Authorization: Bearer $CITIZEN")
PROCEDURE=$(curl -fsS "$URL/api/v1/procedures?level=province&applicantType=Citizen&pageSize=100" | jq -er '.items[0].id') || exit 1
FORM=$(curl -fsS "$URL/api/v1/procedures/$PROCEDURE" | jq -c -f "$ROOT/bench/fill-form.jq") || exit 1
DEPARTMENT=$("${PSQL[@]}" -d "$DB" -c "SELECT id FROM agencies WHERE code = '000.00.12.H26'")
log "Submitting $DOSSIERS dossiers with their documents through the API"
for n in $(seq "$DOSSIERS"); do
  id=$(curl -fsS -X POST "$URL/api/v1/dossiers" "${AUTH[@]}" -H 'Content-Type: application/json' \
    -d "{\"procedureId\":\"$PROCEDURE\",\"decidingAgencyId\":\"$DEPARTMENT\",\"formData\":$FORM}" | jq -er .id) || { log "could not start draft $n"; exit 1; }
  curl -fsS "$URL/api/v1/dossiers/$id" "${AUTH[@]}" | jq -r '.requiredDocuments[] | select(.mandatory) | .name' >"$WORK/documents"
  while IFS= read -r name; do
    { printf '%%PDF-1.7\n'; head -c $((4000 + RANDOM)) /dev/urandom; } >"$WORK/document.pdf"   # a distinct file each time
    curl -fsS -o /dev/null -X POST "$URL/api/v1/dossiers/$id/attachments" "${AUTH[@]}" \
      -F "file=@$WORK/document.pdf;type=application/pdf" -F "documentName=$name" || { log "could not attach '$name'"; exit 1; }
  done <"$WORK/documents"
  curl -fsS -o /dev/null -X POST "$URL/api/v1/dossiers/$id/submit" "${AUTH[@]}" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: backup-check-$n" -d "{\"formData\":$FORM}" || { log "could not submit dossier $n"; exit 1; }
done
log "Generating $SYNTHETIC synthetic dossiers"
"${PSQL[@]}" -d "$DB" -v dossiers="$SYNTHETIC" -v steps_share=0.3 -f "$ROOT/bench/generate-dossiers.sql" >"$LOGS/generate.log" || { cat "$LOGS/generate.log"; exit 1; }
sleep 3   # the outbox dispatcher delivers the submissions' notifications
kill "$API_PID" && wait "$API_PID" 2>/dev/null; API_PID=""

# --- Backup and restore ---------------------------------------------------------------------------------------------------
log "Backup"
"$ROOT/scripts/backup.sh" --port "$PG_PORT" --db "$DB" --files "$SOURCE_FILES" --out "$BACKUPS" || exit 1
backup=$(ls -d "$BACKUPS"/hanoidvc-* | head -n1)
log "Restore into $RESTORED_DB and a fresh folder"
"$ROOT/scripts/restore.sh" --backup "$backup" --port "$PG_PORT" --db "$RESTORED_DB" --files "$RESTORED_FILES" || exit 1

# --- Comparison -------------------------------------------------------------------------------------------------------------
counts() { # $1 database: "schema.table count" for every table
  "${PSQL[@]}" -d "$1" -F' ' -f "$ROOT/scripts/count-rows.sql"
}
hashes() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
counts "$DB" >"$WORK/source-counts"
counts "$RESTORED_DB" >"$WORK/restored-counts"
hashes "$SOURCE_FILES" >"$WORK/source-hashes"
hashes "$RESTORED_FILES" >"$WORK/restored-hashes"
failed=0
{
  echo "backup: $backup"
  sed -n '/^created_at/,/^files_archive_bytes/p' "$backup/manifest.txt" | sed 's/^/  /'
  echo
  printf '%-46s %12s %12s\n' "table" "source" "restored"
  join -a1 -a2 -e missing -o 0,1.2,2.2 <(sort "$WORK/source-counts") <(sort "$WORK/restored-counts") | while read -r table source restored; do
    mark=""; [ "$source" != "$restored" ] && mark="   <-- differs"
    printf '%-46s %12s %12s%s\n' "$table" "$source" "$restored" "$mark"
  done
} | tee "$LOGS/comparison.txt"
if ! diff -q <(sort "$WORK/source-counts") <(sort "$WORK/restored-counts") >/dev/null; then failed=1; fi
tables=$(wc -l <"$WORK/source-counts")
rows=$(awk '{s += $2} END {print s}' "$WORK/source-counts")
# Content-addressed: each file's SHA-256 is its name (root/ab/cd/abcd…).
misnamed=$(awk '{n = split($2, p, "/"); if (p[n] != $1) print $2}' "$WORK/restored-hashes" | wc -l)
files_source=$(wc -l <"$WORK/source-hashes") files_restored=$(wc -l <"$WORK/restored-hashes")
if diff -q "$WORK/source-hashes" "$WORK/restored-hashes" >/dev/null && [ "$misnamed" = 0 ] && [ "$files_source" -gt 0 ]; then files_ok=identical; else files_ok=DIFFERENT; failed=1; fi
{
  echo
  echo "tables: $tables, rows: $rows (source) — every count equal: $([ $failed = 0 ] && echo yes || echo see above)"
  echo "files: $files_source in the source, $files_restored restored, SHA-256 of every file $files_ok; files whose content does not match the hash they are stored under: $misnamed"
  echo "dossiers with attachments: $("${PSQL[@]}" -d "$RESTORED_DB" -c "SELECT count(DISTINCT dossier_id) || ' (' || count(*) || ' attachments)' FROM dossier_attachments")"
  if [ $failed = 0 ]; then echo "restore check: OK"; else echo "restore check: FAILED"; fi
} | tee -a "$LOGS/comparison.txt"
exit $failed
