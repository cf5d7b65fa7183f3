#!/usr/bin/env bash
# A PostgreSQL streaming replica of the local server, for the read-replica tests (READ_DATABASE_URL):
# pg_basebackup -R copies the primary (127.0.0.1:5432) into a second cluster that follows it on
# another port. Idempotent: a standby that already answers is left running.
set -euo pipefail
port="${STANDBY_PORT:-5433}"
dir="${STANDBY_DIR:-/var/lib/postgresql/eenplan-standby}"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_postgres() { runuser -u postgres -- "$@"; }

if pg_isready -q -h 127.0.0.1 -p "$port"; then
  echo "standby already answers on port $port"
  exit 0
fi

# The primary must accept a replication connection from localhost (Debian's default pg_hba only
# lets databases be reached, not the replication stream).
hba="$(psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atc 'show hba_file')"
if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba"; then
  echo "host replication all 127.0.0.1/32 trust" >>"$hba"
  psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atqc 'select pg_reload_conf()' >/dev/null
fi

as_postgres "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
rm -rf "$dir"
as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p 5432 -U postgres -D "$dir" -R -X stream -c fast
# Debian keeps the primary's configuration in /etc, so the copy has none of its own.
as_postgres tee "$dir/postgresql.conf" >/dev/null <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '/tmp'
hot_standby = on
max_connections = 200
shared_buffers = 128MB
fsync = off
CONF
as_postgres tee "$dir/pg_hba.conf" >/dev/null <<'CONF'
local all all trust
host all all 127.0.0.1/32 trust
CONF
as_postgres touch "$dir/pg_ident.conf"
as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/standby.log" -w start >/dev/null
echo "standby follows the primary on 127.0.0.1:$port"
