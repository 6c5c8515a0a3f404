#!/usr/bin/env bash
# A backup of HanoiDvc: the database (pg_dump, custom format: every schema, so Hangfire's too) and the file store
# (uploads and results, content-addressed), in a new timestamped folder with a manifest.
#   scripts/backup.sh [--host H] [--port P] [--user U] [--db NAME] [--files DIR] [--out DIR]
# Defaults: the local cluster of run.sh (127.0.0.1:54329, user postgres, database hanoidvc, files .data/files), out: backups/.
# Writes OUT/hanoidvc-<UTC timestamp>/: database.dump, files.tar.gz, SHA256SUMS, manifest.txt (source, versions, snapshot,
# the row count of every table as of the dump's snapshot, the files' count and size, the archives' SHA-256).
# The row counts are taken in the very snapshot pg_dump uses (pg_export_snapshot), so they match the dump exactly even
# while the API keeps writing. The files are archived after the dump: a file is stored before the row that points to it
# commits, and unreferenced files are only collected after a grace period, so every file the dump refers to is in the archive.
# See docs/operations/backup-restore.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
HOST=127.0.0.1 PORT=54329 USER_NAME=postgres DB=hanoidvc FILES="$ROOT/.data/files" OUT="$ROOT/backups"
while [ $# -gt 0 ]; do
  case "$1" in
    --host) HOST=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --user) USER_NAME=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --files) FILES=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "backup.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -d "$FILES" ] || { echo "backup.sh: no file store at $FILES" >&2; exit 1; }
CONNECTION=(-h "$HOST" -p "$PORT" -U "$USER_NAME")

stamp=$(date -u +%Y%m%dT%H%M%SZ)
TARGET="$OUT/hanoidvc-$stamp"
mkdir -p "$TARGET"

# One session holds a repeatable-read snapshot; pg_dump uses it, and the counts are taken in it.
coproc SESSION { "$PGBIN/psql" -X -q -tA -v ON_ERROR_STOP=1 "${CONNECTION[@]}" -d "$DB" 2>&1; }
ask() { # $1: SQL sent to the session; prints its output up to the marker.
  printf '%s\n\\echo __END__\n' "$1" >&"${SESSION[1]}"
  local line
  while IFS= read -r -t 600 line <&"${SESSION[0]}"; do
    [ "$line" = __END__ ] && return 0
    printf '%s\n' "$line"
  done
  return 1
}
snapshot=$(ask "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();")
[[ "$snapshot" =~ ^[0-9A-F-]+$ ]] || { echo "backup.sh: could not open a snapshot: $snapshot" >&2; exit 1; }
server_version=$(ask "SHOW server_version;")

echo "Dumping $DB from $HOST:$PORT (snapshot $snapshot)"
"$PGBIN/pg_dump" "${CONNECTION[@]}" -d "$DB" --format=custom --snapshot="$snapshot" --file="$TARGET/database.dump"
counts=$(ask "$(grep -v '^--' "$ROOT/scripts/count-rows.sql")")
ask "COMMIT;" >/dev/null
exec {SESSION[1]}>&-
wait "$SESSION_PID" 2>/dev/null || true

echo "Archiving the file store $FILES"
# Uploads in progress (.upload-*) are not files of the store yet.
tar -C "$FILES" --exclude='./.upload-*' -czf "$TARGET/files.tar.gz" .
file_count=$(find "$FILES" -type f ! -name '.upload-*' | wc -l)
file_bytes=$(find "$FILES" -type f ! -name '.upload-*' -printf '%s\n' | awk '{s += $1} END {print s + 0}')

(cd "$TARGET" && sha256sum database.dump files.tar.gz >SHA256SUMS)
{
  echo "# HanoiDvc backup"
  echo "created_at=$stamp"
  echo "source=$HOST:$PORT/$DB"
  echo "server_version=$server_version"
  echo "pg_dump=$("$PGBIN/pg_dump" --version)"
  echo "snapshot=$snapshot"
  echo "files_root=$FILES"
  echo "files=$file_count"
  echo "files_bytes=$file_bytes"
  echo "database_dump_bytes=$(stat -c %s "$TARGET/database.dump")"
  echo "files_archive_bytes=$(stat -c %s "$TARGET/files.tar.gz")"
  echo
  echo "[rows] (every table, as of the snapshot)"
  tr '|' ' ' <<<"$counts"
  echo
  echo "[sha256]"
  cat "$TARGET/SHA256SUMS"
} >"$TARGET/manifest.txt"
echo "Backup written to $TARGET"
grep -E '^(public\.(dossiers|dossier_attachments|dossier_results|payments|procedures|agencies|AspNetUsers|audit_records|outbox_messages)|hangfire\.job) ' "$TARGET/manifest.txt" | sed 's/^/  /'
echo "  files: $file_count ($file_bytes bytes)"
