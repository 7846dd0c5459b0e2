#!/usr/bin/env bash
# Issue 30: TLS to a real server. Turns TLS on in the with-postgres.sh test cluster with a CA and
# server certificate made here by openssl (the certificate names db.conduct.test and 127.0.0.1),
# then runs the core tests tagged [tls], which connect with verify-full and meet libpq's real
# refusals: the CA file missing on the desk, another CA, a host name the certificate does not
# name. Runs only under with-postgres.sh (CONDUCT_TEST_POSTGRES_ADMIN); otherwise exits 77, which
# ctest reports as skipped. Usage: tls_connect.sh CORE_TESTS
set -u
core_tests=$1
[ -n "${CONDUCT_TEST_POSTGRES_ADMIN:-}" ] || { echo "no test server: run under tests/support/with-postgres.sh"; exit 77; }
export PATH="/usr/lib/postgresql/15/bin:$PATH"
work=$(mktemp -d)
chmod 0711 "$work"   # the server (the postgres user when this runs as root) reads its files here
admin() { psql -X -q -At -w "$CONDUCT_TEST_POSTGRES_ADMIN" -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
  admin -c "ALTER SYSTEM RESET ssl" -c "ALTER SYSTEM RESET ssl_cert_file" -c "ALTER SYSTEM RESET ssl_key_file" \
    -c "SELECT pg_reload_conf()" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

quiet() { "$@" >/dev/null 2>&1 || fail "$*"; }
# The unit's CA, and another that vouches for nothing here.
for ca in unit other; do
  quiet openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Conduct test $ca CA" \
    -keyout "$work/$ca-ca.key" -out "$work/$ca-ca.crt"
done
quiet openssl req -newkey rsa:2048 -nodes -subj "/CN=db.conduct.test" -keyout "$work/server.key" -out "$work/server.csr"
printf 'subjectAltName = DNS:db.conduct.test, IP:127.0.0.1\n' >"$work/san.ext"
quiet openssl x509 -req -in "$work/server.csr" -CA "$work/unit-ca.crt" -CAkey "$work/unit-ca.key" -CAcreateserial \
  -days 2 -extfile "$work/san.ext" -out "$work/server.crt"
chmod 0644 "$work/server.crt" "$work/unit-ca.crt" "$work/other-ca.crt"
chmod 0600 "$work/server.key"   # PostgreSQL refuses a key others may read
[ "$(id -u)" -eq 0 ] && chown postgres: "$work/server.key" "$work/server.crt"

admin -c "ALTER SYSTEM SET ssl_cert_file = '$work/server.crt'" -c "ALTER SYSTEM SET ssl_key_file = '$work/server.key'" \
  -c "ALTER SYSTEM SET ssl = on" -c "SELECT pg_reload_conf()" >/dev/null || fail "could not turn TLS on"
for _ in $(seq 50); do [ "$(admin -c 'SHOW ssl')" = on ] && break; sleep 0.1; done
[ "$(admin -c 'SHOW ssl')" = on ] || fail "the server did not turn TLS on"

CONDUCT_TEST_TLS_CA="$work/unit-ca.crt" CONDUCT_TEST_TLS_OTHER_CA="$work/other-ca.crt" QT_QPA_PLATFORM=offscreen \
  "$core_tests" "[tls]"
