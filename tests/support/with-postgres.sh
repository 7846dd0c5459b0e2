#!/usr/bin/env bash
# Run one command against a throwaway PostgreSQL 15 cluster (Debian 12).
#
#   bash tests/support/with-postgres.sh COMMAND [ARGS…]
#
# Installs postgresql-15 and the Qt PostgreSQL driver if missing, initdb's a fresh cluster in a
# temporary directory, starts it on a free 127.0.0.1 port (55432 upward), creates the LOGIN role
# `conduct` (random password) owning the database `conduct_test`, then runs COMMAND with
#   CONDUCT_TEST_POSTGRES=postgresql://conduct@127.0.0.1:PORT/conduct_test
#   PGPASSFILE=<tempdir>/pgpass   (mode 0600; libpq reads the password from it)
#   CONDUCT_TEST_POSTGRES_ADMIN=postgresql://postgres@127.0.0.1:PORT/postgres   (the superuser, for [insider])
# exported. Whatever COMMAND does, the cluster is stopped and the directory removed afterwards;
# the script exits with COMMAND's status (non-zero, with the server log tail, if startup fails).
set -euo pipefail   # any failed setup step aborts the run (the EXIT trap still cleans up)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=/usr/lib/postgresql/15/bin
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS…]" >&2; exit 2; }

# Idempotent: dev.sh only installs what is missing (with sudo when not root). Its chatter goes to
# stderr so COMMAND's stdout stays clean.
bash "$here/scripts/dev.sh" install postgresql-15 libqt6sql6-psql >&2

# Caller settings like PGHOST or PGPORT must not redirect our setup or COMMAND's connection.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGPASSWORD PGPASSFILE

tmp=$(mktemp -d)
data=$tmp/data
log=$tmp/server.log
# PostgreSQL refuses to run as root (as CI does): then the server tools run as the `postgres`
# system user, which must own the (0700) temp dir. Everything else stays with the caller.
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  as_pg=(runuser -u postgres --)
  chown postgres: "$tmp"
fi
# cd first so tools running as postgres do not complain about an unreadable working directory.
pg() { (cd "$tmp" && "${as_pg[@]}" "$@"); }
# Superuser setup goes through the Unix socket in the private temp dir (trust, see pg_hba below).
su_psql() { pg "$bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$tmp" -p "$port" -U postgres -d postgres "$@"; }

# shellcheck disable=SC2317  # only invoked through the trap
cleanup() {
  if [ -f "$data/postmaster.pid" ]; then
    pg "$bin/pg_ctl" stop -D "$data" -m fast -s >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp" || true
}
trap cleanup EXIT
trap 'exit 130' INT   # exiting runs the EXIT trap, so an interrupted run cleans up too
trap 'exit 143' TERM

fail() {
  echo "with-postgres: $*" >&2
  [ -f "$log" ] && tail -n 30 "$log" >&2
  exit 1
}

pg "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C --no-sync \
  --auth-local=trust --auth-host=scram-sha-256 >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log" >&2; fail "initdb failed"; }
# Only the owner of the temp dir can reach the socket, so socket trust is safe; TCP (what tests
# use) always needs the password, so the SCRAM handshake and PGPASSFILE are really exercised.
pg tee "$data/pg_hba.conf" >/dev/null <<'EOF'
local all all                 trust
host  all all 127.0.0.1/32    scram-sha-256
EOF

# Pick a free port: skip ports something already answers on, and if the bind still fails
# (e.g. a concurrent run took the port between the probe and the start) move on to the next one.
# fsync=off: a throwaway test cluster never needs to survive a crash, and it makes tests faster.
port=55432
started=
while [ "$port" -lt 55532 ]; do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    rm -f "$log"   # so the checks below only see this attempt's messages
    if pg "$bin/pg_ctl" start -w -s -D "$data" -l "$log" \
         -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" \
         >/dev/null 2>&1; then
      started=1
      break
    fi
    grep -q 'could not bind\|could not create any TCP/IP sockets' "$log" 2>/dev/null \
      || fail "the server did not start (log: $log)"
  fi
  port=$((port + 1))
done
[ -n "$started" ] || fail "no free port in 55432-55531"

# Random alphanumeric password (safe inside SQL quotes and the pgpass format).
password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
printf "CREATE ROLE conduct LOGIN PASSWORD '%s';\nCREATE DATABASE conduct_test OWNER conduct;\n" \
  "$password" | su_psql -f - || fail "could not create role/database"

export PGPASSFILE=$tmp/pgpass
(umask 077 && printf '127.0.0.1:%s:*:conduct:%s\n' "$port" "$password" >"$PGPASSFILE")
chmod 0600 "$PGPASSFILE"   # libpq ignores a pgpass file readable by others
export CONDUCT_TEST_POSTGRES="postgresql://conduct@127.0.0.1:$port/conduct_test"

# Issue 25: the insider suite runs `conduct server init` as a database administrator, so the
# superuser `postgres` gets a random password of its own, in the same 0600 pgpass file, and
#   CONDUCT_TEST_POSTGRES_ADMIN=postgresql://postgres@127.0.0.1:PORT/postgres
admin_password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
printf "ALTER ROLE postgres PASSWORD '%s';\n" "$admin_password" | su_psql -f - || fail "could not set the superuser's password"
printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$admin_password" >>"$PGPASSFILE"
export CONDUCT_TEST_POSTGRES_ADMIN="postgresql://postgres@127.0.0.1:$port/postgres"

# Prove the password path works before handing over (no prompt: fail instead).
"$bin/psql" -X -q -At -w "$CONDUCT_TEST_POSTGRES" -c 'select 1' >/dev/null \
  || fail "cannot log in as conduct over TCP with PGPASSFILE"
echo "with-postgres: PostgreSQL $(su_psql -c 'show server_version') on 127.0.0.1:$port" >&2

# Run COMMAND as a waited-for child so INT/TERM are passed on to it rather than leaving it running
# against a stopped server; `<&0` keeps the caller's stdin (async commands otherwise get /dev/null).
"$@" <&0 &
child=$!
trap 'kill -INT "$child" 2>/dev/null; exit 130' INT
trap 'kill -TERM "$child" 2>/dev/null; exit 143' TERM
status=0
wait "$child" || status=$?
exit "$status"
