#!/usr/bin/env bash
# `conduct audit keygen`, `conduct audit checkpoint` and `conduct audit verify --checkpoint`, as an
# administrator scripts them (issue 25): removing the newest records verifies as intact without a
# checkpoint, and is caught with one. Usage: cli_audit_checkpoint.sh CONDUCT AUDIT_TAMPER
set -u
conduct=$1
tamper=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export QT_QPA_PLATFORM=offscreen
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
admin_pass='first admin pass phrase'
key_pass='a long walk on the north downs'
# Every account added is three more records (the administrator's sign-in, the account, the sign-out).
add_account() {
  printf '%s\n%s\n%s\n' admin "$admin_pass" "$2 pass phrase 1234" \
    | "$conduct" user add --db "$1" --name "$2" --display "PC $2" >/dev/null || fail "could not add account $2"
}
newest() { "$tamper" "$1" list | tail -n 1 | cut -f1; }

db=$dir/cases.sqlite
printf '%s\n' "$admin_pass" | "$conduct" user add --db "$db" --name admin --display "DS 1 ADMIN" >/dev/null \
  || fail "first account: exit $?"
add_account "$db" officer1

# Only an administrator makes a checkpoint key; the officer's attempt leaves no file.
printf '%s\n%s\n' 'officer1 pass phrase 1234' "$key_pass" \
  | "$conduct" audit keygen --db "$db" --user officer1 --out "$dir/officer.key" >/dev/null 2>&1 \
  && fail "an officer made a checkpoint key"
[ -e "$dir/officer.key" ] && fail "a refused keygen left a key file"

out=$(printf '%s\n%s\n' "$admin_pass" "$key_pass" | "$conduct" audit keygen --db "$db" --user admin --out "$dir/admin.key") \
  || fail "keygen: exit $?"
grep -q "^Fingerprint: " <<<"$out" || fail "keygen did not print the fingerprint: $out"
grep -q "Trusted in this store" <<<"$out" || fail "keygen did not trust the key: $out"
grep -q "$key_pass" "$dir/admin.key" && fail "the passphrase is in the key file"
[ "$(stat -c %a "$dir/admin.key")" = 600 ] || fail "the key file is not 0600: $(stat -c %a "$dir/admin.key")"
# Never over an existing key.
printf '%s\n%s\n' "$admin_pass" "$key_pass" | "$conduct" audit keygen --db "$db" --user admin --out "$dir/admin.key" >/dev/null 2>&1 \
  && fail "keygen wrote over an existing key file"

add_account "$db" officer2
# A wrong passphrase signs nothing.
printf '%s\n' 'not the passphrase at all' \
  | "$conduct" audit checkpoint --db "$db" --key "$dir/admin.key" --out "$dir/wrong.txt" >/dev/null 2>&1 \
  && fail "a wrong passphrase made a checkpoint"
[ -e "$dir/wrong.txt" ] && fail "a refused checkpoint left a file"

printf '%s\n' "$key_pass" | "$conduct" audit checkpoint --db "$db" --key "$dir/admin.key" --out "$dir/checkpoint.txt" >/dev/null \
  || fail "checkpoint: exit $?"
[ "$(stat -c %a "$dir/checkpoint.txt")" = 600 ] || fail "the checkpoint file is not 0600"
terminal=$(printf '%s\n' "$key_pass" | "$conduct" audit checkpoint --db "$db" --key "$dir/admin.key" --out -) \
  || fail "checkpoint to the terminal: exit $?"
grep -q "^Conduct audit checkpoint" <<<"$terminal" || fail "checkpoint to the terminal printed: $terminal"
count=$(sed -n 's/^records: //p' "$dir/checkpoint.txt")

out=$("$conduct" audit verify --db "$db" --checkpoint "$dir/checkpoint.txt") || fail "verify with the checkpoint: exit $?"
grep -q "intact and contains the checkpoint of .* ($count records; 0 added since)" <<<"$out" || fail "unexpected verify: $out"
add_account "$db" officer3
out=$("$conduct" audit verify --db "$db" --checkpoint "$dir/checkpoint.txt") || fail "verify after more work: exit $?"
grep -q "($count records; 3 added since)" <<<"$out" || fail "records added since not counted: $out"

# The insider removes the newest three records before the checkpoint (and the three after it).
cp "$db" "$dir/cut.sqlite"
for _ in 1 2 3 4 5 6; do "$tamper" "$dir/cut.sqlite" remove "$(newest "$dir/cut.sqlite")" || fail "could not remove a record"; done
"$conduct" audit verify --db "$dir/cut.sqlite" >/dev/null || fail "the cut chain no longer verifies alone (the test expects it to)"
err=$("$conduct" audit verify --db "$dir/cut.sqlite" --checkpoint "$dir/checkpoint.txt" 2>&1 >/dev/null)
code=$?
[ "$code" -eq 5 ] || fail "removed records: exit $code, not 5: $err"
grep -q "The newest 3 records before the checkpoint" <<<"$err" || fail "removed records not counted: $err"
# ...and lets the desk carry on: the record at the checkpoint's position is not the one signed.
add_account "$dir/cut.sqlite" officer4
add_account "$dir/cut.sqlite" officer5
err=$("$conduct" audit verify --db "$dir/cut.sqlite" --checkpoint "$dir/checkpoint.txt" 2>&1 >/dev/null)
code=$?
[ "$code" -eq 6 ] || fail "continued after a cut: exit $code, not 6: $err"
grep -q "Record $count differs from the checkpoint" <<<"$err" || fail "the differing record not named: $err"

# A checkpoint edited to hide the removal is refused by its signature.
sed "s/^records: .*/records: $((count - 3))/" "$dir/checkpoint.txt" >"$dir/edited.txt"
err=$("$conduct" audit verify --db "$dir/cut.sqlite" --checkpoint "$dir/edited.txt" 2>&1 >/dev/null)
code=$?
[ "$code" -eq 3 ] || fail "an edited checkpoint: exit $code, not 3: $err"
grep -q "signature does NOT match" <<<"$err" || fail "the bad signature not named: $err"

# Another store does not trust this administrator's key: the checkpoint proves nothing there.
other=$dir/other.sqlite
printf '%s\n' "$admin_pass" | "$conduct" user add --db "$other" --name admin --display "DS 9 OTHER" >/dev/null
err=$("$conduct" audit verify --db "$other" --checkpoint "$dir/checkpoint.txt" 2>&1 >/dev/null)
code=$?
[ "$code" -eq 4 ] || fail "an untrusted signer: exit $code, not 4: $err"
grep -q "NOT trusted in this store" <<<"$err" || fail "the untrusted key not said: $err"

# An altered record still fails as it did without a checkpoint.
cp "$db" "$dir/altered.sqlite"
"$tamper" "$dir/altered.sqlite" alter 2 || fail "could not alter record 2"
"$conduct" audit verify --db "$dir/altered.sqlite" --checkpoint "$dir/checkpoint.txt" >/dev/null 2>&1
code=$?
[ "$code" -eq 1 ] || fail "an altered record with a checkpoint: exit $code, not 1"
"$conduct" audit verify --db "$db" --checkpoint "$dir/missing.txt" >/dev/null 2>&1
code=$?
[ "$code" -eq 3 ] || fail "a missing checkpoint file: exit $code, not 3"

[ "$failures" -eq 0 ] && echo "all conduct audit checkpoint checks passed"
exit "$failures"
