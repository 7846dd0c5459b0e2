#!/usr/bin/env bash
# Restores a dump made by unit-backup.sh into an empty database (issue 30), then checks the copy's
# audit trail against the count and head recorded at the backup.
#
#   unit-restore.sh --from FILE --db ADDRESS [--passphrase-file FILE] [--keep-owners] [--conduct PATH]
#
# ADDRESS is the new store's address (postgresql://user@host:port/db?schema=…, the schema as in the
# backed-up store's address). Before running it the database administrator creates the database,
# owned by the role that restores it:
#     sudo -u postgres createdb --owner conduct_unit conduct_restored
# The dump brings the unaccent extension with it (trusted: the database's owner may create it).
# By default every object becomes the restoring role's (pg_restore --no-owner --no-privileges),
# which is right for a store whose desks all sign in as that one role. A store made by
# `conduct server init` keeps its owners and grants instead: restore its roles first
# (pg_dumpall --roles-only on the old cluster, then psql on the new), and run this as a
# superuser with --keep-owners. Exit codes: 0 restored and the trail verifies, 1 the restore
# failed, 2 usage, 3 the copy's audit trail is not intact or holds fewer records than recorded.
set -euo pipefail
umask 077

usage() { echo "usage: unit-restore.sh --from FILE --db ADDRESS [--passphrase-file FILE] [--keep-owners] [--conduct PATH]" >&2; exit 2; }
from='' address='' passphrase_file='' keep_owners='' conduct=conduct
while [ $# -gt 0 ]; do
  case $1 in
    --from) from=${2:-}; shift 2 ;;
    --db) address=${2:-}; shift 2 ;;
    --passphrase-file) passphrase_file=${2:-}; shift 2 ;;
    --keep-owners) keep_owners=1; shift ;;
    --conduct) conduct=${2:-}; shift 2 ;;
    *) usage ;;
  esac
done
[ -n "$from" ] && [ -n "$address" ] || usage
[ -r "$from" ] || { echo "--from: $from cannot be read" >&2; exit 2; }

libpq_address=${address%%\?*}
if [[ $address == *\?* ]]; then
  kept=()
  IFS='&' read -ra settings <<<"${address#*\?}"
  for setting in "${settings[@]}"; do
    case $setting in schema=*|role=*) ;; *) kept+=("$setting") ;; esac
  done
  if [ ${#kept[@]} -gt 0 ]; then libpq_address="$libpq_address?$(IFS='&'; echo "${kept[*]}")"; fi
fi

ownership=(--no-owner --no-privileges)
[ -n "$keep_owners" ] && ownership=()
# One transaction: a restore that fails part way leaves the database as empty as it was.
# gpg works in a private home of its own for the symmetric passphrase: the administrator's
# keyring is neither needed nor touched, and the agent it starts there is stopped after.
gpg_home=''
stop_gpg() { [ -n "$gpg_home" ] && { gpgconf --homedir "$gpg_home" --kill gpg-agent 2>/dev/null; rm -rf "$gpg_home"; }; true; }
private_gpg() {   # after gpg_home=$(mktemp -d) in this shell, not in a pipeline's subshell
  gpg --homedir "$gpg_home" --batch --quiet --pinentry-mode loopback --no-symkey-cache --passphrase-file "$passphrase_file" "$@"
}
trap stop_gpg EXIT
restore() { pg_restore --exit-on-error --single-transaction "${ownership[@]}" --dbname="$libpq_address" "$@"; }
if [ -n "$passphrase_file" ]; then
  command -v gpg >/dev/null || { echo "--passphrase-file needs gpg (Debian package gpg), which is not installed" >&2; exit 2; }
  # pg_restore reads a custom-format archive from standard input; the plain dump touches no disk.
  gpg_home=$(mktemp -d)
  private_gpg --decrypt "$from" | restore
else
  restore "$from"
fi

verify=$("$conduct" audit verify --db "$address" 2>&1) || { echo "$verify" >&2; exit 3; }
echo "$verify"
records=$(sed -n 's/^Audit trail intact: \([0-9]*\) records\{0,1\}\.$/\1/p' <<<"$verify")
record_file="$from.audit.txt"
if [ -r "$record_file" ]; then
  backed_up=$(sed -n 's/^audit records before the dump: //p' "$record_file")
  if [ -n "$backed_up" ] && [ "${records:-0}" -lt "$backed_up" ]; then
    echo "The copy holds $records audit records; $backed_up were recorded before the dump." >&2
    exit 3
  fi
  echo "Restored into $address: $records audit records (${backed_up:-an unknown number} recorded at the backup)."
else
  echo "Restored into $address: $records audit records. No $record_file to compare with."
fi
