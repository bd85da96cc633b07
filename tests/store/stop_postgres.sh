#!/usr/bin/env bash
# Stop the server started by start_postgres.sh (named by QA_CHECKER_TEST_POSTGRES_DIR, or the
# folder given as the first argument) and remove its folder. Does nothing when there is none.
set -euo pipefail

DIR=${1:-${QA_CHECKER_TEST_POSTGRES_DIR:-}}
if [ -z "$DIR" ] || [ ! -d "$DIR" ]; then
    exit 0
fi
if [ ! -f "$DIR/data/postmaster.pid" ]; then
    rm -rf "$DIR"
    exit 0
fi
if command -v pg_ctl >/dev/null 2>&1; then
    BIN=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
else
    BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
OWNER=$(stat -c %U "$DIR")
if [ "$(id -u)" -eq 0 ] && [ "$OWNER" != root ]; then
    runuser -u "$OWNER" -- "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
else
    "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
fi
rm -rf "$DIR"
