#!/usr/bin/env bash
# Conduct's developer entry point for a fresh Debian 12 machine.
#   scripts/dev.sh run [conduct options…]   install what is missing, build, launch the app
#   scripts/dev.sh test                      install what is missing, build, run every test (ctest), then
#                                            the store suite again on a throwaway PostgreSQL 15 server
#   scripts/dev.sh install [package…]        only install what is missing, plus the packages named
# Both are idempotent: a second run only rebuilds what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CONDUCT_BUILD_DIR:-$here/build/release}"
packages=(cmake ninja-build g++ pkg-config qt6-base-dev libqt6sql6-sqlite libgl-dev catch2 libsodium-dev libsqlite3-dev
          libqt6sql6-psql postgresql-15                               # a force-wide store on PostgreSQL, and its tests
          poppler-utils fonts-dejavu-core
          qt6-svg-dev                                                 # SVG export of charts (Debian 12's name for the Qt 6 Svg dev files)
          qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools           # translations (lupdate, lrelease)
          dpkg-dev file desktop-file-utils appstream)                 # cpack DEB (shlibdeps) and its checks

# Catch2 tags of the core tests that are about SQLite files only.
postgres_suite=('~[backup]~[badfiles]~[migration]~[sqlite]')

install_missing() {
  local missing=()
  for p in "${packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" -j "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  run)
    install_missing
    build
    exec "$build/app/conduct" "$@"
    ;;
  install)
    install_missing "$@"
    ;;
  test)
    install_missing
    build
    (cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)" "$@")
    # One store suite, both engines (issue 12): every core test case again with its databases on a
    # PostgreSQL server, except those about local files (backups, damaged files, file upgrades).
    # Then the GUI's two-desk tests (conflicts, live updates) the same way.
    QT_QPA_PLATFORM=offscreen bash "$here/tests/support/with-postgres.sh" "$build/tests/core_tests" "${postgres_suite[@]}"
    QT_QPA_PLATFORM=offscreen bash "$here/tests/support/with-postgres.sh" "$build/tests/ui_tests" '[concurrency]'
    ;;
  *)
    echo "usage: scripts/dev.sh run [conduct options…] | scripts/dev.sh test [ctest options…] | scripts/dev.sh install [package…]" >&2
    exit 2
    ;;
esac
