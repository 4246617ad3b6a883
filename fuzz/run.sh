#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz/ with clang-19 (ASan+UBSan) and runs each
# for a bounded time, starting from the committed seed corpus fuzz/corpus/<target>/.
#
#   fuzz/run.sh [<target> ...]          default: every built target
#   FUZZ_SECONDS=60                     time per target (libFuzzer -max_total_time)
#   FUZZ_BUILD_DIR=build-fuzz
#
# Inputs libFuzzer finds interesting go to build-fuzz/fuzz-corpus/<target>/ (not into
# the repository; copy a good one into fuzz/corpus/ by hand). A crash, sanitizer report,
# timeout, out-of-memory or broken invariant is a finding: its input is saved as
# build-fuzz/fuzz-artifacts/<target>/crash-*, the log's tail is printed, and the script
# exits 1 after running the remaining targets. Reproduce one with
#   build-fuzz/fuzz/<target>_fuzzer <artifact>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
seconds=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD_DIR:-build-fuzz}
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "fuzz: FUZZ_SECONDS must be a positive integer" >&2; exit 2; }

scripts/install-deps.sh
scripts/install-sanitizer-deps.sh

if [[ ! -f $build/build.ninja ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 -DAPIGW_FUZZ=ON \
    -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
build_start=$SECONDS
cmake --build "$build" --target apigw_fuzzers
echo "fuzz: build took $((SECONDS - build_start)) s"

targets=("$@")
if ((${#targets[@]} == 0)); then
  for bin in "$build"/fuzz/*_fuzzer; do
    [[ -x $bin ]] && targets+=("$(basename "$bin" _fuzzer)")
  done
fi
((${#targets[@]})) || { echo "fuzz: no fuzz targets were built" >&2; exit 1; }

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

summary=()
failed=()
for target in "${targets[@]}"; do
  bin=$build/fuzz/${target}_fuzzer
  [[ -x $bin ]] || { echo "fuzz: no such target: $target" >&2; failed+=("$target"); continue; }
  seeds=$repo/fuzz/corpus/$target
  work=$build/fuzz-corpus/$target
  artifacts=$build/fuzz-artifacts/$target
  log=$build/fuzz-logs/$target.log
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  options=(
    -max_total_time="$seconds"
    -timeout=10          # one input taking 10 s is a finding (e.g. quadratic parsing)
    -rss_limit_mb=2048
    -max_len=4096
    -print_final_stats=1
    -artifact_prefix="$artifacts/"
  )
  [[ -f fuzz/dict/$target.dict ]] && options+=(-dict="fuzz/dict/$target.dict")
  # Fragments are whole files: allow larger inputs than one annotation value.
  [[ $target == fragment ]] && options+=(-max_len=65536)
  [[ -d $seeds ]] || seeds=
  echo "fuzz: $target for ${seconds} s ..."
  status=0
  "$bin" "${options[@]}" "$work" ${seeds:+"$seeds"} >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  corpus=$(find "$work" -type f | wc -l)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  if ((status == 0)); then
    result=ok
  else
    result="FINDING (exit $status)"
    failed+=("$target")
    echo "---- $target: last lines of $log ----" >&2
    tail -n 60 "$log" >&2
    ls "$artifacts" >&2 || true
  fi
  summary+=("$(printf '%-16s %-20s %12s execs %8s/s  cov %-6s corpus %s' \
    "$target" "$result" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$corpus")")
done

echo
echo "fuzz summary (${seconds} s per target):"
printf '  %s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $build/fuzz-artifacts/)" >&2
  exit 1
fi
