#!/usr/bin/env bash
# Backs up a unit's Conduct store on PostgreSQL (issue 30): pg_dump's custom format of the whole
# database (tables, the unaccent extension, the audit trail), written owner-only, optionally
# encrypted with gpg, with the audit trail's record count and head hash recorded beside it so a
# restored copy can be checked against what was backed up.
#
#   unit-backup.sh --db ADDRESS --out FILE [--passphrase-file FILE] [--conduct PATH]
#
# ADDRESS is the store's address as desks use it (postgresql://user@host:port/db?schema=…); the
# password comes from ~/.pgpass (or PGPASSFILE), as for any libpq program. With --passphrase-file
# the dump is encrypted (gpg --symmetric, AES-256) and FILE should end in .gpg; keep the passphrase
# apart from the dumps. Writes FILE and FILE.audit.txt, both mode 0600. Exit codes: 0 done,
# 1 the dump failed, 2 usage, 3 the dump was written but the audit trail is NOT intact.
set -euo pipefail
umask 077   # OFFICIAL-SENSITIVE: nothing written here is readable by anyone else

usage() { echo "usage: unit-backup.sh --db ADDRESS --out FILE [--passphrase-file FILE] [--conduct PATH]" >&2; exit 2; }
address='' out='' passphrase_file='' conduct=conduct
while [ $# -gt 0 ]; do
  case $1 in
    --db) address=${2:-}; shift 2 ;;
    --out) out=${2:-}; shift 2 ;;
    --passphrase-file) passphrase_file=${2:-}; shift 2 ;;
    --conduct) conduct=${2:-}; shift 2 ;;
    *) usage ;;
  esac
done
[ -n "$address" ] && [ -n "$out" ] || usage
case $address in postgresql://*|postgres://*) ;; *) echo "--db: $address is not a server address; a desk's file is backed up with conduct backup" >&2; exit 2 ;; esac
[ -e "$out" ] && { echo "$out already exists: a backup is never written over another" >&2; exit 2; }
if [ -n "$passphrase_file" ]; then
  command -v gpg >/dev/null || { echo "--passphrase-file needs gpg (Debian package gpg), which is not installed" >&2; exit 2; }
  [ -r "$passphrase_file" ] || { echo "--passphrase-file: $passphrase_file cannot be read" >&2; exit 2; }
fi

# libpq knows sslmode, sslrootcert and target_session_attrs; schema and role are Conduct's own.
libpq_address=${address%%\?*}
if [[ $address == *\?* ]]; then
  kept=()
  IFS='&' read -ra settings <<<"${address#*\?}"
  for setting in "${settings[@]}"; do
    case $setting in schema=*|role=*) ;; *) kept+=("$setting") ;; esac
  done
  if [ ${#kept[@]} -gt 0 ]; then libpq_address="$libpq_address?$(IFS='&'; echo "${kept[*]}")"; fi
fi

# The trail before the dump: the dump holds at least these records, and this head among them.
audit_status=0
audit_text=$("$conduct" audit verify --db "$address" 2>&1) || audit_status=$?
records=$(sed -n 's/^Audit trail intact: \([0-9]*\) records\{0,1\}\.$/\1/p' <<<"$audit_text")
head_hash=$(sed -n 's/^Head of the chain: //p' <<<"$audit_text")

# gpg works in a private home of its own for the symmetric passphrase: the administrator's
# keyring is neither needed nor touched, and the agent it starts there is stopped after.
gpg_home=''
stop_gpg() { [ -n "$gpg_home" ] && { gpgconf --homedir "$gpg_home" --kill gpg-agent 2>/dev/null; rm -rf "$gpg_home"; }; true; }
private_gpg() {   # after gpg_home=$(mktemp -d) in this shell, not in a pipeline's subshell
  gpg --homedir "$gpg_home" --batch --quiet --pinentry-mode loopback --no-symkey-cache --passphrase-file "$passphrase_file" "$@"
}

partial="$out.partial"
trap 'rm -f "$partial"; stop_gpg' EXIT
if [ -n "$passphrase_file" ]; then
  gpg_home=$(mktemp -d)
  pg_dump --format=custom --dbname="$libpq_address" \
    | private_gpg --symmetric --cipher-algo AES256 --output "$partial"
else
  pg_dump --format=custom --dbname="$libpq_address" --file="$partial"
fi
chmod 0600 "$partial"
mv "$partial" "$out"
trap - EXIT
stop_gpg

{
  echo "Conduct unit backup"
  echo "store: $address"
  echo "dump: $(basename "$out")"
  echo "encrypted: $([ -n "$passphrase_file" ] && echo "gpg symmetric AES-256" || echo no)"
  echo "taken (UTC): $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "sha256: $(sha256sum "$out" | cut -d' ' -f1)"
  if [ "$audit_status" -eq 0 ]; then
    echo "audit records before the dump: $records"
    echo "audit head before the dump: $head_hash"
  else
    echo "audit: NOT intact before the dump (conduct audit verify exit $audit_status)"
  fi
} >"$out.audit.txt"
chmod 0600 "$out.audit.txt"

echo "Backed up $address to $out (mode 0600); the audit trail's count and head are in $out.audit.txt."
if [ "$audit_status" -ne 0 ]; then
  echo "The audit trail is NOT intact (conduct audit verify said):" >&2
  echo "$audit_text" >&2
  exit 3
fi
