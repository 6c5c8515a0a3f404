#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a NEW database and a NEW (empty) file-store folder, then checks the result
# against the backup's manifest: the archives' SHA-256 before anything is written, the row count of every table and the
# number of files after.
#   scripts/restore.sh --backup DIR --db NEWNAME --files NEWDIR [--host H] [--port P] [--user U]
# Refuses an existing database or a non-empty folder: point the API at the restored copy (ConnectionStrings__Default,
# FileStore__Root) once it is checked. See docs/operations/backup-restore.md (Hangfire, outbox and mail on a copy).
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
HOST=127.0.0.1 PORT=54329 USER_NAME=postgres BACKUP="" DB="" FILES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --backup) BACKUP=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --files) FILES=$2; shift 2 ;;
    --host) HOST=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --user) USER_NAME=$2; shift 2 ;;
    *) echo "restore.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$BACKUP" ] && [ -n "$DB" ] && [ -n "$FILES" ] || { echo "usage: restore.sh --backup DIR --db NEWNAME --files NEWDIR [--host H] [--port P] [--user U]" >&2; exit 2; }
[ -f "$BACKUP/manifest.txt" ] || { echo "restore.sh: $BACKUP has no manifest.txt" >&2; exit 1; }
CONNECTION=(-h "$HOST" -p "$PORT" -U "$USER_NAME")
PSQL=("$PGBIN/psql" -X -q -tA -v ON_ERROR_STOP=1 "${CONNECTION[@]}")

echo "Checking the archives' SHA-256"
(cd "$BACKUP" && sha256sum --check --quiet SHA256SUMS) || { echo "restore.sh: the archives do not match SHA256SUMS" >&2; exit 1; }
if [ -n "$("${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  echo "restore.sh: database $DB already exists; restore into a new one" >&2; exit 1
fi
if [ -d "$FILES" ] && [ -n "$(ls -A "$FILES")" ]; then
  echo "restore.sh: $FILES is not empty; restore into a new folder" >&2; exit 1
fi

echo "Restoring the database into $DB on $HOST:$PORT"
"$PGBIN/createdb" "${CONNECTION[@]}" --template=template0 --encoding=UTF8 "$DB"
"$PGBIN/pg_restore" "${CONNECTION[@]}" -d "$DB" --no-owner --exit-on-error --jobs=2 "$BACKUP/database.dump"
"${PSQL[@]}" -d "$DB" -c "ANALYZE" >/dev/null

echo "Restoring the file store into $FILES"
mkdir -p "$FILES"
tar -C "$FILES" -xzf "$BACKUP/files.tar.gz"

# The manifest's counts were taken in the dump's own snapshot: the restored tables must hold exactly as many rows.
expected=$(awk '/^\[rows\]/ {on = 1; next} /^\[/ {on = 0} on && NF == 2' "$BACKUP/manifest.txt")
actual=$("${PSQL[@]}" -d "$DB" -F' ' -f "$(dirname "${BASH_SOURCE[0]}")/count-rows.sql")
mismatches=$(diff <(sort <<<"$expected") <(sort <<<"$actual") || true)
files_expected=$(awk -F= '$1 == "files" {print $2}' "$BACKUP/manifest.txt")
files_actual=$(find "$FILES" -type f | wc -l)
if [ -n "$mismatches" ] || [ "$files_expected" != "$files_actual" ]; then
  echo "restore.sh: the restored copy differs from the manifest:" >&2
  [ -n "$mismatches" ] && echo "$mismatches" >&2
  echo "files: manifest $files_expected, restored $files_actual" >&2
  exit 1
fi
echo "Restored $(wc -l <<<"$actual") tables and $files_actual files; row counts and file count match the manifest"
