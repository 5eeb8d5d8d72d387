#!/usr/bin/env bash
# Controls one server started by eng/postgres/start.sh, for fault tests:
#   ctl.sh start|stop|restart|kill primary|replica
# "kill" sends SIGKILL to the postmaster (a crash); "stop" is a fast shutdown.
set -euo pipefail
dir="${CARBONLEDGER_PG_DIR:-/tmp/carbonledger-pg}"
# shellcheck disable=SC1091
source "$dir/env"
action="$1"; which="$2"
case "$which" in primary|replica) ;; *) echo "ctl.sh: unknown server '$which' (primary or replica)" >&2; exit 2;; esac
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$CARBONLEDGER_PG_USER" -- "$@"; else "$@"; fi; }
data="$dir/$which"
case "$action" in
  start)   run "$CARBONLEDGER_PG_BIN/pg_ctl" -D "$data" -l "$dir/$which.log" -w -t 60 start >/dev/null ;;
  stop)    run "$CARBONLEDGER_PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null ;;
  restart) run "$CARBONLEDGER_PG_BIN/pg_ctl" -D "$data" -l "$dir/$which.log" -m fast -w -t 60 restart >/dev/null ;;
  kill)    pid="$(head -n 1 "$data/postmaster.pid")"
           kill -9 "$pid"; pkill -9 -P "$pid" || true
           for _ in $(seq 1 50); do pgrep -P "$pid" >/dev/null || kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done ;;
  *) echo "ctl.sh: unknown action '$action' (start, stop, restart or kill)" >&2; exit 2 ;;
esac
