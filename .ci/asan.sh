#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer: configures the
# `asan` preset (build/asan), builds everything and runs ctest. Any sanitizer report fails the
# test that triggered it (UBSan is built with -fno-sanitize-recover). Leak checking is off:
# Qt is not built with sanitizers and keeps its own allocations until exit.
#   .ci/asan.sh [ctest options…]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs="${CONDUCT_JOBS:-$(nproc)}"
# The same compiler cache as scripts/dev.sh: paths relative to the checkout, wherever it is.
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset asan "${launcher[@]}" >/dev/null
cmake --build --preset asan -j "$jobs"
export QT_QPA_PLATFORM=offscreen
# As scripts/dev.sh test: the tests' temporary files go to one folder, removed at the end.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/conduct-asan.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"
# The test preset sets ASAN_OPTIONS=detect_leaks=0 and UBSAN_OPTIONS=print_stacktrace=1.
ctest --preset asan -j "$jobs" "$@"
