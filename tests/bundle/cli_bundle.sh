#!/bin/bash
# End to end: `conduct bundle export` of the demo case and `conduct bundle import` into a second
# database that already has a case with that URN (refused, then imported as a copy); the same with
# a passphrase (wrong one refused); exit codes, file mode, and both audit chains still verify.
# Usage: cli_bundle.sh CONDUCT SETUP
set -euo pipefail
conduct="$1"
setup="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset DISPLAY WAYLAND_DISPLAY
source_db="$work/source.sqlite"
target_db="$work/target.sqlite"
password='bundle test password 42'
passphrase='violet harbour kettle'
fail() { echo "FAIL: $*" >&2; exit 1; }
count() { sqlite3 "$1" "$2"; }

printf '%s\n' "$password" | "$setup" "$source_db" dc.example || fail "setup source"
printf '%s\n' "$password" | "$setup" "$target_db" dc.other || fail "setup target"

# 1. Usage errors exit 2 and name the option.
set +e
printf '%s\n' "$password" | "$conduct" bundle export --db "$source_db" --case 99ZZ0012326 -o "$work/x.conduct" \
    --user dc.example --recipient "DC 456 Patel" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -eq 2 ] || fail "missing --justification exited $code, not 2"
grep -q -- "--justification" "$work/err.txt" || fail "refusal does not name --justification"
[ ! -e "$work/x.conduct" ] || fail "a bundle was written without a justification"

# 2. Export, plain.
printf '%s\n' "$password" | "$conduct" bundle export --db "$source_db" --case 99ZZ0012326 -o "$work/case.conduct" \
    --user dc.example --justification "case moved to West Division" --recipient "DC 456 Patel" > "$work/out.txt" \
    || fail "export exited $?"
grep -q "Recorded in the audit trail as a transfer to DC 456 Patel" "$work/out.txt" || fail "no confirmation: $(cat "$work/out.txt")"
grep -Eq "Signed by source, key fingerprint ([0-9a-f]{4} ){7}[0-9a-f]{4}" "$work/out.txt" || fail "no signer: $(cat "$work/out.txt")"
[ "$(stat -c %a "$work/case.conduct")" = "600" ] || fail "bundle mode is $(stat -c %a "$work/case.conduct")"
head -c 8 "$work/case.conduct" | grep -q "CNDTBNDL" || fail "no bundle marker"

# 3. Import into a database that already has the demo case: refused, nothing changes; then as a copy.
before=$(count "$target_db" "SELECT count(*) FROM people")
set +e
printf '%s\n' "$password" | "$conduct" bundle import --db "$target_db" --user dc.other "$work/case.conduct" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -eq 1 ] || fail "URN clash exited $code, not 1"
grep -q "already in this database" "$work/err.txt" || fail "no clash message: $(cat "$work/err.txt")"
[ "$(count "$target_db" "SELECT count(*) FROM people")" = "$before" ] || fail "the refused import changed the database"
printf '%s\n' "$password" | "$conduct" bundle import --db "$target_db" --user dc.other --as-copy 45AA0209826 \
    "$work/case.conduct" > "$work/out.txt" || fail "import as copy exited $?"
grep -q "Imported case 45AA0209826" "$work/out.txt" || fail "no import confirmation: $(cat "$work/out.txt")"
# Issue 24: the importer names the signer and warns that no administrator here trusts the key;
# the source's approvals arrive as history, never as reviews here.
grep -q 'Warning: signed by a database calling itself "source"' "$work/out.txt" || fail "no signer warning: $(cat "$work/out.txt")"
grep -q "arrive as history" "$work/out.txt" || fail "history not explained: $(cat "$work/out.txt")"
[ "$(count "$target_db" "SELECT count(*) FROM transferred_reviews")" -gt 0 ] || fail "the source's reviews did not arrive as history"
[ "$(count "$target_db" "SELECT count(*) FROM assessment_reviews a JOIN risk_assessments r ON r.id = a.assessment_id JOIN cases c ON c.id = r.case_id WHERE c.urn = '45AA0209826'")" = "0" ] \
    || fail "an imported review became a review here"
[ "$(count "$target_db" "SELECT count(*) FROM cases WHERE urn = '45AA0209826'")" = "1" ] || fail "copy not in the database"
[ "$(count "$target_db" "SELECT count(*) FROM transferred_audit_records")" -gt 0 ] || fail "source audit records not kept"

# 4. With a passphrase: nothing readable; wrong passphrase refused; right one imports.
printf '%s\n%s\n' "$password" "$passphrase" | "$conduct" bundle export --db "$source_db" --case 99ZZ0012326 \
    -o "$work/sealed.conduct" --user dc.example --justification "transfer" --recipient "West Division" \
    --passphrase-stdin > /dev/null || fail "encrypted export exited $?"
if grep -q "99ZZ0012326" "$work/sealed.conduct"; then fail "the encrypted bundle shows the URN"; fi
if printf '%s\n%s\n' "$password" "wrong passphrase" | "$conduct" bundle import --db "$target_db" --user dc.other \
    --as-copy 45AA0209926 --passphrase-stdin "$work/sealed.conduct" 2> "$work/err.txt"; then
    fail "imported with a wrong passphrase"
fi
grep -q "Passphrase" "$work/err.txt" || fail "wrong passphrase not named: $(cat "$work/err.txt")"
printf '%s\n%s\n' "$password" "$passphrase" | "$conduct" bundle import --db "$target_db" --user dc.other \
    --as-copy 45AA0209926 --passphrase-stdin "$work/sealed.conduct" > /dev/null || fail "encrypted import exited $?"

# 5. Both audit trails record the moves and still verify.
[ "$(count "$source_db" "SELECT count(*) FROM audit_log WHERE action = 'disclose' AND entity_type = 'case_bundle'")" = "2" ] \
    || fail "exports not audited as transfers"
[ "$(count "$target_db" "SELECT count(*) FROM audit_log WHERE action = 'create' AND entity_type = 'case_bundle'")" = "2" ] \
    || fail "imports not audited as collections"
[ "$(count "$target_db" "SELECT count(*) FROM audit_log WHERE action = 'import_refused'")" = "2" ] \
    || fail "refused imports (URN clash, wrong passphrase) not audited"
"$conduct" audit verify --db "$source_db" > /dev/null || fail "source audit chain does not verify"
"$conduct" audit verify --db "$target_db" > /dev/null || fail "target audit chain does not verify"
echo "conduct bundle: all checks passed"
