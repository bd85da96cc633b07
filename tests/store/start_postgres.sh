#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the history-store tests and print the shell lines that
# point the tests at it:
#
#     eval "$(bash tests/store/start_postgres.sh)"     # sets QA_CHECKER_TEST_POSTGRES_URL
#     pytest tests/store
#     bash tests/store/stop_postgres.sh                # stops it and removes its folder
#
# Installs Debian's postgresql package when no pg_ctl is found (as root), creates a cluster in a
# new temporary folder owned by an unprivileged user (the package's `postgres` user when run as
# root, else the current user), starts it on a free port of 127.0.0.1 with its unix socket in that
# folder, and creates an empty database. Only the `export` lines go to stdout; progress goes to stderr.
set -euo pipefail

log() { echo "start_postgres: $*" >&2; }

find_bin() {
    # Debian links only some programs (pg_ctl, initdb) into PATH: use the folder they really live in.
    if command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
        return
    fi
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ]; then
        echo "$dir"
    fi
}

BIN=$(find_bin)
if [ -z "$BIN" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        log "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"
        exit 1
    fi
    log "installing Debian's postgresql package"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    BIN=$(find_bin)
fi
for program in initdb pg_ctl createdb; do
    [ -x "$BIN/$program" ] || { log "$BIN/$program not found"; exit 1; }
done

DIR=$(mktemp -d "${TMPDIR:-/tmp}/qa-checker-pg.XXXXXX")
chmod 755 "$DIR"
if [ "$(id -u)" -eq 0 ]; then
    OWNER=postgres
    id "$OWNER" >/dev/null 2>&1 || OWNER=nobody
    chown "$OWNER" "$DIR"
    as_owner() { runuser -u "$OWNER" -- "$@"; }
else
    as_owner() { "$@"; }
fi

# Whatever fails from here on stops the server and removes the folder.
cleanup() { bash "$(dirname "$0")/stop_postgres.sh" "$DIR" || true; rm -rf "$DIR"; }
trap cleanup ERR

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DB=qa_checker_test
USER_NAME=qa_checker

log "cluster in $DIR, port $PORT"
as_owner "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=trust --encoding=UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || { cat "$DIR/server.log" >&2; exit 1; }
as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$DB" >&2

trap - ERR
echo "export QA_CHECKER_TEST_POSTGRES_URL=postgresql://$USER_NAME@127.0.0.1:$PORT/$DB"
echo "export QA_CHECKER_TEST_POSTGRES_DIR=$DIR"
