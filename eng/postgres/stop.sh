#!/usr/bin/env bash
# Stops the servers started by eng/postgres/start.sh and removes their folder.
set -uo pipefail
dir="${CARBONLEDGER_PG_DIR:-/tmp/carbonledger-pg}"
[ -f "$dir/env" ] || exit 0
# shellcheck disable=SC1091
source "$dir/env"
for which in replica primary; do
  if [ -f "$dir/$which/postmaster.pid" ]; then
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$CARBONLEDGER_PG_USER" -- "$CARBONLEDGER_PG_BIN/pg_ctl" -D "$dir/$which" -m immediate -w stop >/dev/null 2>&1
    else "$CARBONLEDGER_PG_BIN/pg_ctl" -D "$dir/$which" -m immediate -w stop >/dev/null 2>&1; fi
  fi
done
rm -rf "$dir"
