#!/usr/bin/env bash
# `conduct user add` and `conduct audit verify`, as an administrator scripts them.
# Usage: cli_security.sh CONDUCT AUDIT_TAMPER
set -u
conduct=$1
tamper=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export QT_QPA_PLATFORM=offscreen
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# A fresh database: an empty chain is intact.
"$tamper" "$dir/fresh.sqlite" create || fail "could not create a fresh database"
out=$("$conduct" audit verify --db "$dir/fresh.sqlite") || fail "verify of a fresh database exited $?"
grep -q "intact: 0 records" <<<"$out" || fail "fresh database: unexpected output: $out"

# A missing database is an error, and verify never creates one.
"$conduct" audit verify --db "$dir/missing.sqlite" 2>/dev/null && fail "verify of a missing database exited 0"
[ -e "$dir/missing.sqlite" ] && fail "verify created a database"

db=$dir/cases.sqlite
# The first account takes only its password on stdin, and becomes the administrator.
out=$(printf '%s\n' 'first admin pass phrase' | "$conduct" user add --db "$db" --name admin --display "Admin ONE" --roles officer) \
  || fail "first account: exit $?"
grep -q "administrator" <<<"$out" || fail "first account not made administrator: $out"
grep -q "first admin pass phrase" <<<"$out" && fail "the password was echoed"

# Later accounts need an administrator's name and password first. Quotes and SQL in the name are literal.
printf '%s\n%s\n%s\n' admin 'first admin pass phrase' 'second pass phrase 22' \
  | "$conduct" user add --db "$db" --name "o'brien\"; DROP TABLE users;--" --display "PC 2 O'BRIEN" --roles officer,supervisor \
  >/dev/null || fail "administrator-authorised account: exit $?"
# A wrong administrator password, or an officer's, is refused.
printf '%s\n%s\n%s\n' admin 'not the right password' 'third pass phrase 333' \
  | "$conduct" user add --db "$db" --name third --display "PC 3 THIRD" 2>/dev/null && fail "wrong administrator password accepted"
printf '%s\n%s\n%s\n' "o'brien\"; DROP TABLE users;--" 'second pass phrase 22' 'third pass phrase 333' \
  | "$conduct" user add --db "$db" --name third --display "PC 3 THIRD" 2>/dev/null && fail "a non-administrator authorised an account"
# Nothing on stdin: refused, nothing created.
"$conduct" user add --db "$db" --name fourth --display "PC 4" </dev/null 2>/dev/null && fail "account created without authorisation"
# A short password is refused.
printf '%s\n%s\n%s\n' admin 'first admin pass phrase' 'short' \
  | "$conduct" user add --db "$db" --name fifth --display "PC 5" 2>/dev/null && fail "a short password was accepted"

# The officer's profile may be given too. A bad e-mail is refused naming the field, before any
# password is read; a good profile is accepted.
err=$("$conduct" user add --db "$db" --name sixth --display "PC 6" --email "not an address" </dev/null 2>&1 >/dev/null) \
  && fail "a bad e-mail address was accepted"
grep -q "^E-mail: " <<<"$err" || fail "the bad e-mail address was not named: $err"
printf '%s\n%s\n%s\n' admin 'first admin pass phrase' 'sixth pass phrase 666' \
  | "$conduct" user add --db "$db" --name sixth --display "DC 6 SIXTH" --rank DC --number 6 --station Newtown \
      --telephone "01632 960123" --mobile "+44 7700 900461" --email dc.six@force.police.uk >/dev/null \
  || fail "account with a profile: exit $?"

out=$("$conduct" audit verify --db "$db") || fail "verify of an untouched database exited $?"
grep -Eq "intact: [0-9]+ records" <<<"$out" || fail "unexpected verify output: $out"

# Tampering: an altered record is named, and verify exits non-zero.
cp "$db" "$dir/altered.sqlite"
"$tamper" "$dir/altered.sqlite" alter 2 || fail "could not alter record 2"
err=$("$conduct" audit verify --db "$dir/altered.sqlite" 2>&1 >/dev/null) && fail "verify passed an altered trail"
grep -q "record 2" <<<"$err" || fail "altered record not named: $err"

cp "$db" "$dir/removed.sqlite"
"$tamper" "$dir/removed.sqlite" remove 3 || fail "could not remove record 3"
err=$("$conduct" audit verify --db "$dir/removed.sqlite" 2>&1 >/dev/null) && fail "verify passed a trail with a record removed"
grep -q "record 4" <<<"$err" || fail "the record after the gap is not named: $err"

[ "$failures" -eq 0 ] && echo "all conduct user/audit checks passed"
exit "$failures"
