#!/usr/bin/env bash
# Starts a throwaway PostgreSQL primary and a streaming replica (from pg_basebackup) on loopback ports,
# for the PostgreSQL tests. Writes the connection settings to $CARBONLEDGER_PG_DIR/env (source it).
#   eng/postgres/start.sh            start (installs Debian's postgresql package if no server is found)
#   eng/postgres/stop.sh             stop both servers and remove the folder
#   eng/postgres/ctl.sh restart primary|replica, stop primary|replica, start primary|replica
# Runs the servers as an unprivileged user (postgres if it exists, else one it creates), since
# PostgreSQL refuses to run as root. Nothing listens beyond 127.0.0.1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${CARBONLEDGER_PG_DIR:-/tmp/carbonledger-pg}"

find_bin() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
bin="$(find_bin || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres: no server found; installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  bin="$(find_bin)"
fi

if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
  as_user() { runuser -u "$user" -- "$@"; }
else
  user="$(id -un)"
  as_user() { "$@"; }
fi

if [ -f "$dir/env" ]; then "$here/stop.sh" || true; fi
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="${CARBONLEDGER_PG_PORT:-55432}"
# Take the first pair of free loopback ports from there (a developer's own server may hold the default).
while port_busy "$port" || port_busy $((port + 1)); do port=$((port + 2)); done
replica_port=$((port + 1))
rm -rf "$dir"; mkdir -p "$dir"; chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown "$user" "$dir"

as_user "$bin/initdb" -D "$dir/primary" -U carbonledger --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
cat >>"$dir/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
wal_level = replica
max_wal_senders = 4
max_connections = 200
fsync = on
recovery_init_sync_method = syncfs
synchronous_commit = on
log_min_messages = warning
CONF
echo "host replication carbonledger 127.0.0.1/32 trust" >>"$dir/primary/pg_hba.conf"
as_user "$bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w -t 60 start >/dev/null

as_user "$bin/pg_basebackup" -h 127.0.0.1 -p "$port" -U carbonledger -D "$dir/replica" -R -X stream >/dev/null
sed -i -e "s/^port = .*/port = $replica_port/" "$dir/replica/postgresql.conf"
echo "hot_standby = on" >>"$dir/replica/postgresql.conf"
as_user "$bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w -t 60 start >/dev/null

cat >"$dir/env" <<ENV
export CARBONLEDGER_PG_DIR='$dir'
export CARBONLEDGER_PG_BIN='$bin'
export CARBONLEDGER_PG_USER='$user'
export CARBONLEDGER_PG_CTL='$here/ctl.sh'
export CARBONLEDGER_PG_PRIMARY='Host=127.0.0.1;Port=$port;Username=carbonledger;Database=postgres'
export CARBONLEDGER_PG_REPLICA='Host=127.0.0.1;Port=$replica_port;Username=carbonledger;Database=postgres'
ENV
echo "postgres: primary on 127.0.0.1:$port, streaming replica on 127.0.0.1:$replica_port ($("$bin/postgres" --version)); settings in $dir/env"
