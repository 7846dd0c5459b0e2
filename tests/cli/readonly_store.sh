#!/usr/bin/env bash
# A store this account may not change opens read-only, signs in, and refuses changes in the
# officer's words (issue 24). Run as root (as CI is), the checks run as the unprivileged account
# "nobody", since root may write any file; otherwise as this account with the modes taken away.
#   readonly_store.sh READONLY_STORE_HELPER
set -euo pipefail
helper=$1
password="correct horse battery staple"
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
if [ "$(id -u)" -eq 0 ]; then
  # "nobody" must reach the folder and run the helper: TMPDIR and the build tree may be private to
  # root (a sanitizer run's scratch folder is 0700, a clone may sit under /root), so the folder falls
  # back to /tmp when nobody cannot enter it, and the helper is copied into it.
  chmod 0755 "$work"
  if ! runuser -u nobody -- test -x "$work"; then
    rm -rf "$work"
    work=$(mktemp -d /tmp/conduct-readonly.XXXXXX)
    chmod 0755 "$work"
  fi
  cp "$helper" "$work/readonly_store"
  chmod 0755 "$work/readonly_store"
  helper="$work/readonly_store"
  runuser -u nobody -- test -x "$helper" || { echo "the unprivileged account cannot run $helper" >&2; exit 1; }
fi

as_reader() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u nobody -- env HOME="$work" QT_QPA_PLATFORM=offscreen "$@"
  else
    "$@"
  fi
}

# 1. The file may not be changed, but its folder takes SQLite's side files.
mkdir "$work/shared"
echo "$password" | "$helper" "$work/shared/unit.sqlite" create
chmod 0644 "$work/shared/unit.sqlite"
if [ "$(id -u)" -eq 0 ]; then chown nobody "$work/shared"; else chmod 0444 "$work/shared/unit.sqlite"; fi
echo "$password" | as_reader "$helper" "$work/shared/unit.sqlite" check file

# 2. Neither the file nor its folder may be changed: the file is read as it is.
mkdir "$work/sealed"
echo "$password" | "$helper" "$work/sealed/unit.sqlite" create
if [ "$(id -u)" -eq 0 ]; then chmod 0644 "$work/sealed/unit.sqlite"; else chmod 0444 "$work/sealed/unit.sqlite"; chmod 0555 "$work/sealed"; fi
echo "$password" | as_reader "$helper" "$work/sealed/unit.sqlite" check folder
# Nothing was left beside the sealed file.
leftovers=$(ls -A "$work/sealed" | grep -v '^unit.sqlite$' || true)
[ -z "$leftovers" ] || { echo "files left beside a read-only database: $leftovers" >&2; exit 1; }
echo "read-only stores: both cases passed"
