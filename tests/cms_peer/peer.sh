#!/usr/bin/env bash
# Local Integreat CMS test peer (Integreat Desk tests).
#   install  apt packages if missing + cached venv with integreat-cms[pinned]==2026.7.1
#   start    PostgreSQL, Redis and the CMS on 127.0.0.1 (migrate + seed on first use); prints the base URL
#   stop     stop the processes started by `start` (PID files in the run dir)
#   status   exit 0 when everything runs and the API answers
#   reset    restore the database to the seed snapshot (template database) and flush Redis
#   shell    run Python from stdin inside the CMS (integreat-cms-cli shell), for checks of CMS state
# Environment: INTEGREAT_DESK_CACHE, CMS_PEER_RUN_DIR (default /tmp/integreat-desk-cms-peer),
#   CMS_PEER_HTTP_PORT (8765), CMS_PEER_PG_PORT (54329), CMS_PEER_REDIS_PORT (56379),
#   CMS_PEER_PASSWORD (password of the seeded users, default desk-peer-1234).
set -euo pipefail

CMS_VERSION="2026.7.1"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="${INTEGREAT_DESK_CACHE:-$HOME/.cache/integreat-desk}/cms-peer"
VENV="$CACHE_DIR/venv"
RUN_DIR="${CMS_PEER_RUN_DIR:-/tmp/integreat-desk-cms-peer}"
PG_PORT="${CMS_PEER_PG_PORT:-54329}"
REDIS_PORT="${CMS_PEER_REDIS_PORT:-56379}"
HTTP_PORT="${CMS_PEER_HTTP_PORT:-8765}"
BASE_URL="http://127.0.0.1:$HTTP_PORT"
DB_NAME=integreat
DB_TEMPLATE=integreat_seed
DB_USER=integreat
DB_PASSWORD=integreat-peer

log() { echo "peer: $*" >&2; }
die() { echo "peer: ERROR: $*" >&2; exit 1; }

pg_bin() {
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [[ -n "$d" && -x "$d/initdb" ]] || return 1
    echo "$d"
}

as_pg() {  # run a command as the postgres OS user when we are root
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

apt_install() {
    [[ "$(id -u)" == 0 ]] || die "need root to apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >&2 \
        || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >&2; }
}

cmd_install() {
    command -v redis-server >/dev/null || apt_install redis-server
    pg_bin >/dev/null || apt_install postgresql
    pg_bin >/dev/null || die "no initdb under /usr/lib/postgresql/*/bin after installing postgresql"
    if [[ -x "$VENV/bin/integreat-cms-cli" && "$(cat "$VENV/.cms-version" 2>/dev/null)" == "$CMS_VERSION" ]]; then
        log "cached venv $VENV (integreat-cms $CMS_VERSION) reused"
        return 0
    fi
    local py
    py="$(command -v python3.11 || true)"
    [[ -n "$py" ]] || die "python3.11 not found"
    rm -rf "$VENV"
    mkdir -p "$CACHE_DIR"
    log "creating $VENV with integreat-cms[pinned]==$CMS_VERSION"
    "$py" -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "integreat-cms[pinned]==$CMS_VERSION" >&2
    echo "$CMS_VERSION" > "$VENV/.cms-version"
    log "installed"
}

# ---------------------------------------------------------------------------------------------------
# Environment of the CMS processes (config = INTEGREAT_CMS_* environment variables).
cms_env() {
    export DJANGO_SETTINGS_MODULE=integreat_cms.core.settings
    export INTEGREAT_CMS_DEBUG=0                     # production-like: no debug toolbar, no /admin/
    export INTEGREAT_CMS_SECRET_KEY="local-test-peer-not-secret-$HTTP_PORT"
    export INTEGREAT_CMS_DB_NAME=$DB_NAME INTEGREAT_CMS_DB_USER=$DB_USER
    export INTEGREAT_CMS_DB_PASSWORD=$DB_PASSWORD
    export INTEGREAT_CMS_DB_HOST=127.0.0.1 INTEGREAT_CMS_DB_PORT=$PG_PORT
    export INTEGREAT_CMS_BASE_URL=$BASE_URL INTEGREAT_CMS_WEBAPP_URL=$BASE_URL
    export INTEGREAT_CMS_SHORT_LINKS_URL=$BASE_URL INTEGREAT_CMS_WEBSITE_URL=$BASE_URL
    # Redis as production runs it: the Django cache + cacheops over the unix socket, Celery over TCP.
    export INTEGREAT_CMS_REDIS_CACHE=1 INTEGREAT_CMS_REDIS_UNIX_SOCKET=$RUN_DIR/redis/redis.sock
    export CELERY_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/2"
    export INTEGREAT_CMS_LOGFILE=$RUN_DIR/logs/integreat-cms.log
    export INTEGREAT_CMS_MEDIA_ROOT=$RUN_DIR/data/media INTEGREAT_CMS_XLIFF_ROOT=$RUN_DIR/data/xliff
    export INTEGREAT_CMS_PDF_ROOT=$RUN_DIR/data/pdf
    # Never talk to the outside world.
    export INTEGREAT_CMS_MATOMO_TRACKING=0
    unset INTEGREAT_CMS_TEXTLAB_API_KEY INTEGREAT_CMS_DEEPL_AUTH_KEY INTEGREAT_CMS_SUMM_AI_API_KEY
    export PATH="$VENV/bin:$PATH"
    cd "$RUN_DIR"
}

redis_cli() { "$(dirname "$(command -v redis-server)")/redis-cli" -s "$RUN_DIR/redis/redis.sock" "$@"; }

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

psql_q() { PGOPTIONS="-c client_min_messages=warning" "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

start_postgres() {
    local bin; bin="$(pg_bin)" || die "PostgreSQL is not installed; run: $0 install"
    mkdir -p "$RUN_DIR/pg/sock"
    [[ "$(id -u)" == 0 ]] && chown -R postgres:postgres "$RUN_DIR/pg"
    if [[ ! -f "$RUN_DIR/pg/data/PG_VERSION" ]]; then
        rm -rf "$RUN_DIR/pg/data"
        as_pg "$bin/initdb" -D "$RUN_DIR/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$RUN_DIR/logs/initdb.log" 2>&1 || { tail -20 "$RUN_DIR/logs/initdb.log" >&2; die "initdb failed"; }
    fi
    if ! as_pg "$bin/pg_ctl" -D "$RUN_DIR/pg/data" status >/dev/null 2>&1; then
        as_pg "$bin/pg_ctl" -D "$RUN_DIR/pg/data" -l "$RUN_DIR/pg/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $RUN_DIR/pg/sock -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
            start >/dev/null || { tail -20 "$RUN_DIR/pg/server.log" >&2; die "PostgreSQL did not start"; }
    fi
    cp "$RUN_DIR/pg/data/postmaster.pid" "$RUN_DIR/pids/postgres.pid.full" 2>/dev/null || true
    head -1 "$RUN_DIR/pg/data/postmaster.pid" > "$RUN_DIR/pids/postgres.pid"
}

start_redis() {
    alive "$RUN_DIR/pids/redis.pid" && return 0
    command -v redis-server >/dev/null || die "redis-server is not installed; run: $0 install"
    mkdir -p "$RUN_DIR/redis"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --unixsocket "$RUN_DIR/redis/redis.sock" \
        --unixsocketperm 700 --save "" --appendonly no --daemonize yes --dir "$RUN_DIR/redis" \
        --pidfile "$RUN_DIR/pids/redis.pid" --logfile "$RUN_DIR/logs/redis.log"
    for _ in $(seq 50); do [[ -S "$RUN_DIR/redis/redis.sock" ]] && alive "$RUN_DIR/pids/redis.pid" && return 0; sleep 0.1; done
    tail -20 "$RUN_DIR/logs/redis.log" >&2; die "Redis did not start"
}

seed_stamp() { { cat "$VENV/.cms-version" "$HERE/seed.py" "$HERE/peer.sh"; echo "${CMS_PEER_PASSWORD:-}"; } | sha256sum | cut -c1-16; }

db_exists() { [[ "$(psql_q -tAc "SELECT 1 FROM pg_database WHERE datname='$1'")" == 1 ]]; }

prepare_database() {
    local stamp; stamp="$(seed_stamp)"
    if db_exists "$DB_TEMPLATE" && [[ "$(cat "$RUN_DIR/seed.stamp" 2>/dev/null)" == "$stamp" ]]; then
        db_exists "$DB_NAME" || psql_q -c "CREATE DATABASE $DB_NAME OWNER $DB_USER TEMPLATE $DB_TEMPLATE"
        return 0
    fi
    log "migrating and seeding a fresh database (logs in $RUN_DIR/logs/)"
    stop_pidfile runserver
    redis_cli FLUSHALL >/dev/null
    psql_q -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "DROP DATABASE IF EXISTS $DB_TEMPLATE WITH (FORCE)"
    psql_q -tAc "SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'" | grep -q 1 \
        || psql_q -c "CREATE USER $DB_USER WITH PASSWORD '$DB_PASSWORD' CREATEDB"
    psql_q -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"
    ( cms_env
      integreat-cms-cli migrate --no-input >"$RUN_DIR/logs/migrate.log" 2>&1 \
          || { tail -30 "$RUN_DIR/logs/migrate.log" >&2; die "migrate failed"; }
      integreat-cms-cli shell < "$HERE/seed.py" >"$RUN_DIR/logs/seed.log" 2>&1 \
          || { tail -30 "$RUN_DIR/logs/seed.log" >&2; die "seeding failed"; }
      grep -q "SEED OK" "$RUN_DIR/logs/seed.log" || { tail -30 "$RUN_DIR/logs/seed.log" >&2; die "seeding failed"; } )
    sed -n 's/^SEED JSON //p' "$RUN_DIR/logs/seed.log" > "$RUN_DIR/seed.json"
    psql_q -c "CREATE DATABASE $DB_TEMPLATE OWNER $DB_USER TEMPLATE $DB_NAME"
    echo "$stamp" > "$RUN_DIR/seed.stamp"
}

wait_http() {
    for _ in $(seq 300); do
        if curl -fsS -o /dev/null --max-time 5 "$BASE_URL/api/v3/regions/" 2>/dev/null; then return 0; fi
        alive "$RUN_DIR/pids/runserver.pid" || break
        sleep 0.2
    done
    tail -40 "$RUN_DIR/logs/runserver.log" >&2
    die "the CMS did not answer on $BASE_URL/api/v3/regions/"
}

cmd_start() {
    cmd_install
    mkdir -p "$RUN_DIR"/{logs,pids,data/media,data/xliff,data/pdf}
    start_postgres
    start_redis
    prepare_database
    if ! alive "$RUN_DIR/pids/runserver.pid"; then
        ( cms_env
          setsid integreat-cms-cli runserver "127.0.0.1:$HTTP_PORT" --noreload --insecure \
              >"$RUN_DIR/logs/runserver.log" 2>&1 </dev/null &
          echo $! > "$RUN_DIR/pids/runserver.pid" )
    fi
    wait_http
    echo "$BASE_URL"
}

stop_pidfile() {  # stop_pidfile NAME: TERM the recorded process, wait, then KILL it
    local f="$RUN_DIR/pids/$1.pid" pid
    alive "$f" || { rm -f "$f"; return 0; }
    pid="$(cat "$f")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    rm -f "$f"
}

cmd_stop() {
    stop_pidfile runserver
    stop_pidfile redis
    if [[ -f "$RUN_DIR/pg/data/PG_VERSION" ]] && pg_bin >/dev/null; then
        as_pg "$(pg_bin)/pg_ctl" -D "$RUN_DIR/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -f "$RUN_DIR/pids/postgres.pid" "$RUN_DIR/pids/postgres.pid.full"
    log "stopped"
}

cmd_status() {
    local rc=0 name
    for name in postgres redis runserver; do
        if alive "$RUN_DIR/pids/$name.pid"; then echo "$name: running (pid $(cat "$RUN_DIR/pids/$name.pid"))"
        else echo "$name: stopped"; rc=3; fi
    done
    if curl -fsS -o /dev/null --max-time 5 "$BASE_URL/api/v3/regions/" 2>/dev/null; then echo "http: $BASE_URL answers"
    else echo "http: $BASE_URL does not answer"; rc=3; fi
    return $rc
}

cmd_reset() {
    db_exists "$DB_TEMPLATE" || die "no seed snapshot; run: $0 start"
    psql_q -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" \
           -c "CREATE DATABASE $DB_NAME OWNER $DB_USER TEMPLATE $DB_TEMPLATE"
    redis_cli FLUSHALL >/dev/null
    log "database reset to the seed state"
}

main() {
    case "${1:-}" in
        install) cmd_install ;;
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        reset) cmd_reset ;;
        shell) ( cms_env; exec integreat-cms-cli shell 2>>"$RUN_DIR/logs/shell.log" ) ;;
        *) echo "usage: $0 {install|start|stop|status|reset|shell}" >&2; exit 2 ;;
    esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then main "$@"; fi
