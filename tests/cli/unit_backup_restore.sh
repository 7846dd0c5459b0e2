#!/usr/bin/env bash
# Issue 30, "Backups for a unit": packaging/unit-backup.sh and unit-restore.sh end to end against
# the test cluster. A server store holding the demo case (made on a file, moved by migrate-store)
# is backed up, plain and encrypted, and restored into new databases; each copy's audit trail
# verifies with the count and head recorded at the backup, and every file written is mode 0600.
# Runs only under tests/support/with-postgres.sh (CONDUCT_TEST_POSTGRES_ADMIN); otherwise exits 77,
# which ctest reports as skipped. Usage: unit_backup_restore.sh CONDUCT SETUP SOURCE_DIR
set -u
conduct=$1
setup=$2
source_dir=$3
[ -n "${CONDUCT_TEST_POSTGRES_ADMIN:-}" ] || { echo "no test server: run under tests/support/with-postgres.sh"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen
export PATH="/usr/lib/postgresql/15/bin:$PATH"
mkdir -p "$HOME"
umask 022   # as a careless administrator's shell: the scripts must not rely on it
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
server=${CONDUCT_TEST_POSTGRES%/*}   # postgresql://conduct@127.0.0.1:PORT
admin() { psql -X -q -At -w "$CONDUCT_TEST_POSTGRES_ADMIN" -v ON_ERROR_STOP=1 "$@"; }
as_conduct() { psql -X -q -At -w "$server/$1" -v ON_ERROR_STOP=1 -c "$2"; }
password='backup test password 42'
backup="$source_dir/packaging/unit-backup.sh"
restore="$source_dir/packaging/unit-restore.sh"
suffix=$$
source_db=unit_src_$suffix copy_db=unit_copy_$suffix sealed_db=unit_sealed_$suffix
cleanup_databases() { for db in "$source_db" "$copy_db" "$sealed_db"; do admin -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; done; }
trap 'cleanup_databases; rm -rf "$work"' EXIT

# The administrator makes the databases, owned by the role the desks sign in as (README).
for db in "$source_db" "$copy_db" "$sealed_db"; do admin -c "CREATE DATABASE $db OWNER conduct" || fail "createdb $db"; done

# A store with a case in it: the demo case on a desk's file, moved to the server.
printf '%s\n' "$password" | "$setup" "$work/desk.sqlite" dc.example >/dev/null || fail "setup"
"$conduct" migrate-store --from "sqlite:$work/desk.sqlite" --to "$server/$source_db?schema=unit" >"$work/migrate.txt" \
  || fail "migrate-store: $(cat "$work/migrate.txt")"
cases=$(as_conduct "$source_db" "SELECT count(*) FROM unit.cases")
[ "${cases:-0}" -ge 1 ] || fail "the source store holds no case ($cases)"
source_verify=$("$conduct" audit verify --db "$server/$source_db?schema=unit") || fail "source audit verify: $source_verify"
source_records=$(sed -n 's/^Audit trail intact: \([0-9]*\) records\.$/\1/p' <<<"$source_verify")
source_head=$(sed -n 's/^Head of the chain: //p' <<<"$source_verify")

# 1. A plain backup: owner-only files, the audit count and head beside the dump.
mkdir -p "$work/backups"
out=$(bash "$backup" --db "$server/$source_db?schema=unit" --out "$work/backups/unit.dump" --conduct "$conduct") \
  || fail "unit-backup: exit $? ($out)"
[ "$(stat -c %a "$work/backups/unit.dump")" = 600 ] || fail "the dump is mode $(stat -c %a "$work/backups/unit.dump")"
[ "$(stat -c %a "$work/backups/unit.dump.audit.txt")" = 600 ] || fail "the audit record is not 0600"
head -c 5 "$work/backups/unit.dump" | grep -q PGDMP || fail "not a pg_dump custom-format archive"
grep -qx "audit records before the dump: $source_records" "$work/backups/unit.dump.audit.txt" \
  || fail "the record count is not $source_records: $(cat "$work/backups/unit.dump.audit.txt")"
grep -qx "audit head before the dump: $source_head" "$work/backups/unit.dump.audit.txt" || fail "the head is not recorded"
# Never over an earlier backup.
bash "$backup" --db "$server/$source_db?schema=unit" --out "$work/backups/unit.dump" --conduct "$conduct" >/dev/null 2>&1 \
  && fail "a backup was written over another"

# 2. Restored into a new database: the same cases, and the trail verifies with the recorded count.
out=$(bash "$restore" --from "$work/backups/unit.dump" --db "$server/$copy_db?schema=unit" --conduct "$conduct") \
  || fail "unit-restore: exit $? ($out)"
grep -q "Audit trail intact: $source_records records." <<<"$out" || fail "the copy's trail: $out"
grep -q "Head of the chain: $source_head" <<<"$out" || fail "the copy's head differs: $out"
[ "$(as_conduct "$copy_db" "SELECT count(*) FROM unit.cases")" = "$cases" ] || fail "the copy's cases differ"
[ "$(as_conduct "$copy_db" "SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'")" = 1 ] \
  || fail "unaccent did not come with the dump"
"$conduct" audit verify --db "$server/$copy_db?schema=unit" >/dev/null || fail "conduct audit verify on the copy"

# 3. Encrypted: no pg_dump archive on disk, and the passphrase opens it.
printf '%s\n' 'kettle harbour violet lantern' >"$work/passphrase"
chmod 600 "$work/passphrase"
bash "$backup" --db "$server/$source_db?schema=unit" --out "$work/backups/unit.dump.gpg" --passphrase-file "$work/passphrase" \
  --conduct "$conduct" >/dev/null || fail "encrypted unit-backup: exit $?"
[ "$(stat -c %a "$work/backups/unit.dump.gpg")" = 600 ] || fail "the encrypted dump is not 0600"
head -c 5 "$work/backups/unit.dump.gpg" | grep -q PGDMP && fail "the encrypted dump is a plain archive"
grep -q "Conduct" "$work/backups/unit.dump.gpg" && fail "the encrypted dump holds readable text"
printf '%s\n' 'not the passphrase' >"$work/wrong"
bash "$restore" --from "$work/backups/unit.dump.gpg" --db "$server/$sealed_db?schema=unit" --passphrase-file "$work/wrong" \
  --conduct "$conduct" >/dev/null 2>&1 && fail "a wrong passphrase restored"
out=$(bash "$restore" --from "$work/backups/unit.dump.gpg" --db "$server/$sealed_db?schema=unit" \
  --passphrase-file "$work/passphrase" --conduct "$conduct") || fail "encrypted unit-restore: exit $? ($out)"
"$conduct" audit verify --db "$server/$sealed_db?schema=unit" >/dev/null || fail "conduct audit verify on the decrypted copy"

# 4. A desk's file is not a server: the script says what to use instead.
err=$(bash "$backup" --db "$work/desk.sqlite" --out "$work/backups/file.dump" --conduct "$conduct" 2>&1)
[ $? -eq 2 ] || fail "a file address was not refused with exit 2"
grep -q "conduct backup" <<<"$err" || fail "the refusal does not point to conduct backup: $err"

[ "$failures" -eq 0 ] && echo "all unit backup and restore checks passed"
exit "$failures"
