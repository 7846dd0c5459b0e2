#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz (clang, ASan + UBSan + coverage) and runs each one
# for a bounded time, starting from the seed corpora in tests/fuzz/corpus/<target>/.
#
#   tests/fuzz/run-fuzzers.sh [-t SECONDS] [-n RUNS] [TARGET…]
#     -t SECONDS  time per target (default 30; FUZZ_SECONDS in the environment also sets it)
#     -n RUNS     stop each target after RUNS executions instead (e.g. -n 1000000)
#     TARGET      urn, incident, search_query, form_pack, logimport, bundle, messages_whatsapp,
#                 messages_smsxml, messages_facebook, messages_email (default: all)
# New inputs found go to build-fuzz/corpus/<target>/ (the seeds in the tree are never changed);
# a crashing input is saved as build-fuzz/artifacts/<target>-crash-… and the script exits 1.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build="${CONDUCT_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${FUZZ_SECONDS:-30}"
runs=""
while getopts "t:n:h" opt; do
  case "$opt" in
    t) seconds="$OPTARG" ;;
    n) runs="$OPTARG" ;;
    *) sed -n '2,11p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(urn incident search_query form_pack logimport bundle
                                     messages_whatsapp messages_smsxml messages_facebook messages_email)

command -v clang++ >/dev/null || { echo "run-fuzzers: clang++ is needed (Debian: apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCONDUCT_FUZZ=ON >/dev/null

# Qt is not built with sanitizers; its own allocations at exit are not our leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

mkdir -p "$build/artifacts"
failed=()
for t in "${targets[@]}"; do
  if ! cmake --build "$build" --target "fuzz_$t" -j "$(nproc)" >"$build/fuzz_$t.build.log" 2>&1; then
    echo "fuzz_$t: did not build (see $build/fuzz_$t.build.log)" >&2
    failed+=("$t (build)")
    continue
  fi
  mkdir -p "$build/corpus/$t"
  limit=(-max_total_time="$seconds")
  [ -n "$runs" ] && limit=(-runs="$runs")
  echo "== fuzz_$t ${limit[*]}"
  if ! "$build/tests/fuzz_$t" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$build/artifacts/$t-" "$build/corpus/$t" "$here/corpus/$t" \
       >"$build/fuzz_$t.log" 2>&1; then
    failed+=("$t")
  fi
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)|Done [0-9]+ runs|ERROR|SUMMARY" \
    "$build/fuzz_$t.log" || true
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: FAILED: ${failed[*]} (logs and inputs in $build)" >&2
  exit 1
fi
echo "run-fuzzers: all ${#targets[@]} targets ran clean"
