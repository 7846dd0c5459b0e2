#!/bin/bash
# End to end: `conduct export` of the demo case's MG3 as an officer signs in (password on stdin),
# then the PDF's text and page size, and that the audit chain still verifies; refusals without a justification and
# with a wrong password; the bundle's confidential-address refusal; then that the audit trail holds
# exactly the two exports made (read with audit_tamper's list, as the CLI only verifies the chain).
# Usage: cli_export.sh CONDUCT SETUP AUDIT_TAMPER
set -euo pipefail
conduct="$1"
setup="$2"
audit_tool="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset DISPLAY WAYLAND_DISPLAY
db="$work/cases.sqlite"
password='export test password 42'
fail() { echo "FAIL: $*" >&2; exit 1; }

printf '%s\n' "$password" | "$setup" "$db" dc.example || fail "setup"

# 0. Issue 24: the force name is the unit's policy, set by the administrator; the officer cannot
#    set it, nor print another marking or force name with an option.
printf '%s\n' "$password" | "$conduct" policy set documents/forceName "Exampleshire Police" --db "$db" --user admin \
    > "$work/policy.txt" || fail "policy set exited $?: $(cat "$work/policy.txt")"
grep -q 'changed from "" to "Exampleshire Police"; recorded in the audit trail' "$work/policy.txt" \
    || fail "no policy confirmation: $(cat "$work/policy.txt")"
if printf '%s\n' "$password" | "$conduct" policy set documents/marking UNCLASSIFIED --db "$db" --user dc.example \
    2> "$work/err.txt"; then fail "an officer changed the unit's marking"; fi
grep -q "not allowed to change the unit's policy" "$work/err.txt" || fail "no refusal: $(cat "$work/err.txt")"
"$conduct" policy show --db "$db" > "$work/show.txt" || fail "policy show exited $?"
grep -qP '^documents/marking\tOFFICIAL-SENSITIVE$' "$work/show.txt" || fail "policy show: $(cat "$work/show.txt")"
grep -qP '^documents/forceName\tExampleshire Police$' "$work/show.txt" || fail "policy show: $(cat "$work/show.txt")"
if printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document mg3 -o "$work/unclassified.pdf" \
    --user dc.example --justification j --recipient r --marking UNCLASSIFIED 2> "$work/err.txt"; then
    fail "exported with the officer's own marking"
fi
grep -q -- "--marking: the marking and force name are the unit's policy" "$work/err.txt" || fail "no refusal: $(cat "$work/err.txt")"
[ ! -e "$work/unclassified.pdf" ] || fail "a file was written with the officer's own marking"

# 1. The demo case's MG3.
printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document mg3 -o "$work/mg3.pdf" \
    --user dc.example --justification "pre-charge file for CPS advice" --recipient "CPS Direct" \
    > "$work/out.txt" || fail "export exited $?: $(cat "$work/out.txt")"
grep -q "Recorded in the audit trail as a disclosure to CPS Direct" "$work/out.txt" || fail "no confirmation: $(cat "$work/out.txt")"
pdfinfo "$work/mg3.pdf" | grep -Eq "Page size: +595(\.[0-9]+)? x 84[12](\.[0-9]+)? pts \(A4\)" || fail "not A4: $(pdfinfo "$work/mg3.pdf")"
pages=$(pdfinfo "$work/mg3.pdf" | awk '/^Pages:/ {print $2}')
pdftotext -layout "$work/mg3.pdf" "$work/mg3.txt"
text=$(tr -s ' \n' ' ' < "$work/mg3.txt")
for phrase in "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION" "EXAMPLESHIRE POLICE" "PLACEHOLDER" \
              "OFFICIAL-SENSITIVE" "Version 1 – approved by a supervisor" "Page 1 of $pages"; do
    grep -qiF -- "$phrase" <<< "$text" || fail "MG3 lacks \"$phrase\""
done
# Issue 22: the demo is a finished charging file; the CPS's part is blank boxes, not "[not recorded]".
! grep -qF -- "[not recorded]" <<< "$text" || fail "the demo's MG3 still prints [not recorded]"
# Every page carries the marking and the URN (page 1 in the four boxes).
page=0
while IFS= read -r -d $'\f' body; do
    page=$((page + 1))
    grep -q "OFFICIAL-SENSITIVE" <<< "$body" || fail "page $page lacks the marking"
    grep -Eq "99ZZ0012326|URN +99 +ZZ +00123 +26" <<< "$body" || fail "page $page lacks the URN"
done < "$work/mg3.txt"
[ "$page" -eq "$pages" ] || fail "read $page pages of $pages"

# 2. Refused without a justification: usage error, nothing written.
if printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document mg3 -o "$work/no.pdf" \
    --user dc.example --recipient "CPS Direct" 2> "$work/err.txt"; then fail "exported without a justification"; fi
grep -q -- "--justification" "$work/err.txt" || fail "refusal does not name --justification"
[ ! -e "$work/no.pdf" ] || fail "a file was written without a justification"

# 3. A wrong password on stdin: refused, nothing written.
if printf 'wrong\n' | "$conduct" export --db "$db" --case 99ZZ0012326 --document mg3 -o "$work/wrong.pdf" \
    --user dc.example --justification j --recipient r 2> /dev/null; then fail "exported with a wrong password"; fi
[ ! -e "$work/wrong.pdf" ] || fail "a file was written with a wrong password"

# 4. The charging file bundle: the demo chronology prints the complainant's confidential (temporary)
#    address, so it is refused until confirmed.
if printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document all -o "$work/all.pdf" \
    --user dc.example --justification "full file" --recipient "CPS Direct" 2> "$work/err.txt"; then
    fail "bundle with a confidential address exported without confirmation"
fi
grep -q "confidential address" "$work/err.txt" || fail "no confidential warning: $(cat "$work/err.txt")"
printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document all -o "$work/all.pdf" \
    --user dc.example --justification "full file" --recipient "CPS Direct" --include-confidential > /dev/null \
    || fail "bundle export failed"
pdftotext "$work/all.pdf" "$work/all.txt"
grep -q "CHRONOLOGY OF INCIDENTS" "$work/all.txt" || fail "bundle lacks the chronology"

# 4b. Issue 22: the demo's MG3 is version 1, approved by a supervisor; a version the case does not
#     have is refused by name, and nothing is written or recorded.
grep -q "Version 1 – approved by a supervisor" "$work/all.txt" || fail "the bundle's MG3 is not the approved version 1"
if printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document mg3 -o "$work/v7.pdf" \
    --user dc.example --justification "earlier version" --recipient "CPS Direct" --mg3-version 7 2> "$work/err.txt"; then
    fail "an MG3 version the case does not have was exported"
fi
grep -q "MG3 version" "$work/err.txt" || fail "no message naming the MG3 version: $(cat "$work/err.txt")"
[ ! -e "$work/v7.pdf" ] || fail "a refused export left a file"

# 4c. The officer's profile (File ▸ My profile) reaches the MG3's contact block and, since the officer in
#     the case took the withdrawal statement, the MG11's "Station:".
grep -qF "Newtown Police Station" <<< "$text" || fail "the MG3 lacks the officer's station"
printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document mg11 -o "$work/mg11.pdf" \
    --user dc.example --justification "withdrawal file" --recipient "CPS Direct" --include-confidential > /dev/null \
    || fail "MG11 export failed"
pdftotext -layout "$work/mg11.pdf" "$work/mg11.txt"
grep -q "Station: *Newtown Police Station" "$work/mg11.txt" || fail "the MG11 lacks the statement taker's station"

# 4d. Need to know (issue 24): an officer outside the demo case's team is refused without a reason,
#     and told how to give one; with --access-reason and --access-text the export is made under a
#     justified-access grant, which ends when the command signs out.
printf '%s\n%s\n%s\n' admin "$password" "$password" \
    | "$conduct" user add --db "$db" --name dc.other --display "DC 5150 Other OFFICER" --roles officer > /dev/null \
    || fail "could not add a second officer"
if printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document mg3 -o "$work/other.pdf" \
    --user dc.other --justification "linked enquiry file" --recipient "CPS Direct" > /dev/null 2> "$work/err.txt"; then
    fail "an officer outside the team exported the case without a reason"
fi
grep -q -- "--access-reason" "$work/err.txt" || fail "the refusal does not say how to give a reason: $(cat "$work/err.txt")"
[ ! -e "$work/other.pdf" ] || fail "a refused export left a file"
printf '%s\n' "$password" | "$conduct" export --db "$db" --case 99ZZ0012326 --document mg3 -o "$work/other.pdf" \
    --user dc.other --justification "linked enquiry file" --recipient "CPS Direct" --access-reason linked_enquiry \
    --access-text "Suspect also named in my case 45AA0209821" > /dev/null 2> "$work/err.txt" \
    || fail "the export under a reason failed: $(cat "$work/err.txt")"

# 5. The four exports are in the audit trail, with their reasons and recipient, and the refused ones
#    are not; the chain still verifies.
"$conduct" audit verify --db "$db" > /dev/null || fail "audit chain does not verify"
"$audit_tool" "$db" list > "$work/audit.tsv" || fail "could not read the audit trail"
# Columns: sequence, user, action, case URN, entity type, entity id, justification, recipient.
awk -F'\t' '$3 == "disclose"' "$work/audit.tsv" > "$work/disclosures.tsv"
expected=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    dc.example disclose 99ZZ0012326 document mg3 "pre-charge file for CPS advice" "CPS Direct" \
    dc.example disclose 99ZZ0012326 document charging_file "full file" "CPS Direct" \
    dc.example disclose 99ZZ0012326 document mg11 "withdrawal file" "CPS Direct" \
    dc.other disclose 99ZZ0012326 document mg3 "linked enquiry file" "CPS Direct")
recorded=$(cut -f2- "$work/disclosures.tsv")
[ "$recorded" = "$expected" ] \
    || fail "the audit trail's disclosures are not the four exports made; expected:
$expected
recorded:
$recorded"
echo "conduct export: all checks passed ($pages-page MG3)"
