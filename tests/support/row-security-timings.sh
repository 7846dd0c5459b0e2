#!/usr/bin/env bash
# Row-level security's cost (docs/performance.md, issue 25): a store made by `conduct server init`,
# N cases in two teams, and the time queries take as an officer's own role (filtered) against the
# superuser (never filtered). Run under with-postgres.sh, after building:
#   N=10000 bash tests/support/with-postgres.sh bash tests/support/row-security-timings.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
conduct=${CONDUCT:-$here/build/release/app/conduct}
psql=/usr/lib/postgresql/15/bin/psql
admin=$CONDUCT_TEST_POSTGRES_ADMIN            # postgresql://postgres@127.0.0.1:PORT/postgres
port=$(echo "$admin" | sed -E 's|.*:([0-9]+)/.*|\1|')
export PGHOST=127.0.0.1 PGPORT=$port
$psql -X -q -U postgres -d postgres -c "CREATE DATABASE perf"
printf 'admin password 12345\n' | $conduct server init --db "postgresql://postgres@127.0.0.1:$port/perf" --prefix perf --admin admin1 --display 'Admin One' >/dev/null
sq() { $psql -X -q -At -U postgres -d perf -c "SET search_path TO perf; $1"; }
# Accounts made directly as the superuser (the login functions are tested elsewhere).
for u in pc1 pc2; do
  sq "CREATE ROLE perf_$u LOGIN PASSWORD 'pw $u 123456' IN ROLE perf_officer;
      INSERT INTO users (user_name, display_name, password_hash, created_utc, updated_utc, password_changed_utc)
      VALUES ('$u', '$u', 'server-authenticated', 'x', 'x', 'x');
      INSERT INTO user_roles (user_id, role) SELECT id, 'officer' FROM users WHERE user_name = '$u';"
done
sq "INSERT INTO teams (name, created_utc) VALUES ('A', 'x'), ('B', 'x');
    INSERT INTO team_members SELECT t.id, u.id FROM teams t, users u WHERE (t.name, u.user_name) IN (('A','pc1'), ('B','pc2'));"
N=${N:-10000}
sq "INSERT INTO cases (urn, status, officer_in_case, created_utc, updated_utc, oic_user_id, complainant_names)
    SELECT '01PF' || lpad(g::text, 7, '0'), 'open', 'PC', '2026-01-01T00:00:00.000Z',
           to_char(timestamp '2026-01-01' + g * interval '1 minute', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),
           (SELECT id FROM users WHERE user_name = CASE WHEN g % 2 = 0 THEN 'pc1' ELSE 'pc2' END), 'Name ' || g
    FROM generate_series(1, $N) g;
    INSERT INTO people (case_id, role, forenames, surname) SELECT id, 'complainant', 'A', 'B' || id FROM cases;
    ANALYZE;"
timeit() {  # role, password, sql: the best of 5 runs in one session (a desk keeps its connection), in ms
  PGPASSWORD="$2" $psql -X -q -At -U "$1" -d perf -c "SET search_path TO perf" -c '\timing on' \
    -c "$3" -c "$3" -c "$3" -c "$3" -c "$3" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | sort -g | head -1
}
list="SELECT id, urn, status, officer_in_case, complainant_names, suspect_names, incident_count, last_incident_utc, updated_utc, risk_review_due, full_view FROM conduct_case_list listed ORDER BY updated_utc DESC, id DESC LIMIT 50 OFFSET 0"
echo "cases: $N"
echo "masked list page (50), officer, view:      $(timeit perf_pc1 'pw pc1 123456' "$list") ms"
echo "masked list count, officer, view:          $(timeit perf_pc1 'pw pc1 123456' 'SELECT count(*) FROM conduct_case_list') ms"
echo "count(*) FROM cases, officer (RLS):        $(timeit perf_pc1 'pw pc1 123456' 'SELECT count(*) FROM cases') ms"
echo "count(*) FROM people, officer (RLS):       $(timeit perf_pc1 'pw pc1 123456' 'SELECT count(*) FROM people') ms"
echo "one case by id, officer (RLS):             $(timeit perf_pc1 'pw pc1 123456' 'SELECT * FROM cases WHERE id = 2') ms"
echo "people of one case, officer (RLS):         $(timeit perf_pc1 'pw pc1 123456' 'SELECT * FROM people WHERE case_id = 2') ms"
echo "count(*) FROM cases, superuser (no RLS):   $(timeit postgres '' 'SELECT count(*) FROM perf.cases') ms"
echo "rows seen by pc1: cases $(PGPASSWORD='pw pc1 123456' $psql -X -q -At -U perf_pc1 -d perf -c 'SET search_path TO perf' -c 'SELECT count(*) FROM cases'), list $(PGPASSWORD='pw pc1 123456' $psql -X -q -At -U perf_pc1 -d perf -c 'SET search_path TO perf' -c 'SELECT count(*), sum(full_view) FROM conduct_case_list')"
plain="SELECT id, urn, status, officer_in_case, complainant_names, suspect_names, incident_count, last_incident_utc, updated_utc, risk_review_due FROM perf.cases ORDER BY updated_utc DESC, id DESC LIMIT 50 OFFSET 0"
echo "same page from the table, superuser:       $(timeit postgres '' "$plain") ms"
echo "one case by id, superuser:                 $(timeit postgres '' 'SELECT * FROM perf.cases WHERE id = 2') ms"
echo "people of one case, superuser:             $(timeit postgres '' 'SELECT * FROM perf.people WHERE case_id = 2') ms"
echo "count(*) FROM people, superuser:           $(timeit postgres '' 'SELECT count(*) FROM perf.people') ms"
