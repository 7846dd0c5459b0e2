#!/usr/bin/env bash
# `conduct backup` and `conduct restore` as a user runs them.
#   cli_backup_restore.sh CONDUCT CRASH_HARNESS CRASH_WRITER
# The crash harness (three kill cycles) makes a database with real cases in it.
set -euo pipefail
conduct=$1; harness=$2; writer=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0
fail() { echo "FAILED: $*" >&2; exit 1; }
check() { local what=$1; shift; if "$@"; then passed=$((passed + 1)); else fail "$what"; fi; }
expect_exit() { local code=$1; shift; set +e; "$@" >"$work/out" 2>&1; local got=$?; set -e; [ "$got" -eq "$code" ] || { cat "$work/out" >&2; return 1; }; }

"$harness" --writer "$writer" --cycles 3 --seed 7 --workdir "$work/data" >/dev/null
db="$work/data/crash.sqlite"

check "backup -o writes a private file" expect_exit 0 "$conduct" backup --db "$db" -o "$work/one.sqlite"
check "backup file is mode 600" test "$(stat -c %a "$work/one.sqlite")" = 600
check "backup never overwrites" expect_exit 1 "$conduct" backup --db "$db" -o "$work/one.sqlite"
check "the refusal names the file" grep -q "already exists" "$work/out"
check "backup without -o goes to the backups folder" expect_exit 0 "$conduct" backup --db "$db"
check "one manual backup in the folder" test "$(ls "$work/data/backups" | grep -c -- '-manual-')" = 1
check "backup of a missing database fails" expect_exit 1 "$conduct" backup --db "$work/none.sqlite"

before=$(sha256sum "$db" | cut -d' ' -f1)
check "restore without --yes and no terminal refuses" expect_exit 1 "$conduct" restore --db "$db" "$work/one.sqlite" </dev/null
check "the refusal names --yes" grep -q -- "--yes" "$work/out"
check "the database is unchanged" test "$(sha256sum "$db" | cut -d' ' -f1)" = "$before"
check "restore needs a file" expect_exit 2 "$conduct" restore --db "$db" --yes
check "restore of a missing backup fails" expect_exit 1 "$conduct" restore --db "$db" "$work/none.sqlite" --yes
printf 'not a database at all' >"$work/junk.sqlite"
check "restore of a non-database fails" expect_exit 1 "$conduct" restore --db "$db" "$work/junk.sqlite" --yes
check "the database is still unchanged" test "$(sha256sum "$db" | cut -d' ' -f1)" = "$before"
check "restore --yes succeeds" expect_exit 0 "$conduct" restore --db "$db" "$work/one.sqlite" --yes
check "it says where the old database went" grep -q "kept as" "$work/out"
check "the old database is kept aside unchanged" test "$(sha256sum "$work"/data/crash-before-restore-*.sqlite | cut -d' ' -f1)" = "$before"
check "the restored database is mode 600" test "$(stat -c %a "$db")" = 600
# Issue 30: restore refuses a server address as backup does, saying what to use instead, and the
# window's --db help names server addresses.
check "restore refuses a server address" expect_exit 2 "$conduct" restore --db "postgresql://officer@db.example:5432/conduct_unit" "$work/one.sqlite" --yes
check "the refusal points to pg_restore" grep -q "pg_restore" "$work/out"
check "the refusal does not speak of folders" bash -c "! grep -qi folder '$work/out'"
check "--help names server addresses for --db" bash -c "'$conduct' --help | grep -q 'postgresql://'"
echo "cli backup/restore: $passed passed, 0 failed"
