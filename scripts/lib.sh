#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what the machine lacks, quietly and only once.

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

apt_install() {
  # $@: Debian packages. Needs root (or passwordless sudo).
  local sudo=""; [ "$(id -u)" != 0 ] && sudo="sudo"
  log "Installing Debian packages: $*"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

ensure_node_modules() {
  # npm ci when node_modules is missing or older than the lock file. $1: the npm package's folder (default client-app).
  local dir="$ROOT/${1:-client-app}"
  local stamp="$dir/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ] || [ "${CI:-}" = true ]; then
    log "Installing npm packages in ${1:-client-app} (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_aiosmtpd() {
  # Debian's aiosmtpd for the system Python (not a pyenv one that may come first on PATH): the tests' SMTP server.
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || apt_install python3-aiosmtpd
}

ensure_python_yaml() {
  # PyYAML for the system Python: scripts/check-deploy.py reads docker-compose.yml with it.
  /usr/bin/python3 -c 'import yaml' 2>/dev/null || apt_install python3-yaml
}

ensure_pdf_tools() {
  # poppler-utils and zbar-tools: the browser tests render a receipt PDF (pdftoppm) and decode its QR code (zbarimg).
  command -v pdftoppm >/dev/null || apt_install poppler-utils
  command -v zbarimg >/dev/null || apt_install zbar-tools
}

ensure_nginx() {
  # Debian's nginx: the scale-out benchmarks run it as this user, check-deploy.py runs `nginx -t` (never a service).
  [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || apt_install nginx
}

start_smtp() {
  # $1 port, $2 Maildir directory. Starts aiosmtpd in the background (SMTP_PID) and waits until it accepts connections.
  mkdir -p "$2/tmp" "$2/new" "$2/cur"   # an existing directory must already be a Maildir
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$1" -c aiosmtpd.handlers.Mailbox "$2" >/dev/null 2>&1 &
  SMTP_PID=$!
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    kill -0 "$SMTP_PID" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

ensure_dotnet() {
  command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required (dotnet on PATH)." >&2; exit 1; }
  (cd "$ROOT" && dotnet tool restore >/dev/null)
}

build_spa() {
  # Rebuild the SPA into src/WebApi/wwwroot when its sources changed since the last build.
  local stamp="$ROOT/src/WebApi/wwwroot/.build-stamp" sum
  sum=$(cd "$ROOT/client-app" && find src public angular.json package-lock.json tsconfig*.json -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
    log "SPA is up to date"
    return
  fi
  log "Building the SPA into src/WebApi/wwwroot"
  (cd "$ROOT/client-app" && npm run build --silent >/dev/null)
  echo "$sum" >"$stamp"
}

wait_for_url() {
  # $1: URL, $2: seconds. Succeeds when the URL answers 200.
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.5
  done
}

start_api() {
  # $1 API dll, $2 URL, $3 PostgreSQL port, $4 database, $5 log folder. Migrates, starts the API in the
  # background and waits until it is ready. Sets API_PID in the calling shell (do not call it in a pipeline).
  local dll=$1 url=$2 pg_port=$3 db=$4 logs=$5
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=$db;Username=postgres"
  export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
  export FileStore__Root=${FileStore__Root:-$(mktemp -d /tmp/hanoidvc-files.XXXXXX)}
  mkdir -p "$logs"
  (cd "$ROOT/src/WebApi" && dotnet "$dll" migrate >"$logs/migrate.log" 2>&1) || { log "migrate failed (see $logs/migrate.log)"; return 1; }
  if curl -fsS -o /dev/null "$url/health/live" 2>/dev/null; then log "$url is already taken by another server"; return 1; fi
  (cd "$ROOT/src/WebApi" && exec dotnet "$dll" --urls "$url" >"$logs/api.log" 2>&1) &
  API_PID=$!
  wait_for_url "$url/health/ready" 60 || { log "API did not become ready (see $logs/api.log)"; return 1; }
}
