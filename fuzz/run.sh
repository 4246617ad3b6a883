#!/usr/bin/env bash
# Builds the libFuzzer targets in the sanitized tree build-asan/ (clang-19, ASan+UBSan;
# scripts/configure-sanitized.sh) and runs each for a bounded time, as many at once as
# there are cores, starting from the committed seed corpus fuzz/corpus/<target>/.
#
#   fuzz/run.sh [<target> ...]          default: every built target
#   FUZZ_SECONDS=60                     time per target (libFuzzer -max_total_time)
#   FUZZ_BUILD_DIR=build-asan
#
# Inputs libFuzzer finds interesting go to build-asan/fuzz-corpus/<target>/ (not into
# the repository; copy a good one into fuzz/corpus/ by hand). A crash, sanitizer report,
# timeout, out-of-memory or broken invariant is a finding: its input is saved as
# build-asan/fuzz-artifacts/<target>/crash-*, the log's tail is printed, and the script
# exits 1 after running the remaining targets. Reproduce one with
#   build-asan/fuzz/<target>_fuzzer <artifact>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
seconds=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD_DIR:-build-asan}
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "fuzz: FUZZ_SECONDS must be a positive integer" >&2; exit 2; }

# Configured every time (a few seconds): a tree configured before without the fuzz targets
# gets them.
scripts/configure-sanitized.sh "$build"
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

# run_target <target>: runs one fuzzer; writes its summary line to fuzz-logs/<target>.summary
# and returns 1 on a finding.
run_target() {
  local target=$1
  local bin=$build/fuzz/${target}_fuzzer
  local seeds=$repo/fuzz/corpus/$target
  local work=$build/fuzz-corpus/$target
  local artifacts=$build/fuzz-artifacts/$target
  local log=$build/fuzz-logs/$target.log
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  local options=(
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
  local status=0 result=ok
  "$bin" "${options[@]}" "$work" ${seeds:+"$seeds"} >"$log" 2>&1 || status=$?
  local execs rate corpus cov
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  corpus=$(find "$work" -type f | wc -l)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  if ((status != 0)); then
    result="FINDING (exit $status)"
    {
      echo "---- $target: last lines of $log ----"
      tail -n 60 "$log"
      ls "$artifacts" || true
    } >&2
  fi
  printf '%-16s %-20s %12s execs %8s/s  cov %-6s corpus %s\n' \
    "$target" "$result" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$corpus" \
    >"$build/fuzz-logs/$target.summary"
  ((status == 0))
}

# One fuzzer per core: each is single-threaded.
parallel=$(nproc)
mkdir -p "$build/fuzz-logs"
rm -f "$build"/fuzz-logs/*.summary
failed=()
pids=()
for target in "${targets[@]}"; do
  if [[ ! -x $build/fuzz/${target}_fuzzer ]]; then
    echo "fuzz: no such target: $target" >&2
    failed+=("$target")
    continue
  fi
  while (($(jobs -rp | wc -l) >= parallel)); do wait -n || true; done
  run_target "$target" &
  pids+=("$!:$target")
done
for entry in "${pids[@]}"; do
  wait "${entry%%:*}" || failed+=("${entry#*:}")
done

echo
echo "fuzz summary (${seconds} s per target):"
for target in "${targets[@]}"; do
  summary=$build/fuzz-logs/$target.summary
  [[ -f $summary ]] && sed 's/^/  /' "$summary"
done
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $build/fuzz-artifacts/)" >&2
  exit 1
fi
