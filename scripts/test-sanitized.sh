#!/usr/bin/env bash
# Builds everything (library, tool, unit tests, fuzz targets) with AddressSanitizer and
# UndefinedBehaviorSanitizer into build-asan/ using clang++-19
# (scripts/configure-sanitized.sh), then runs the whole CTest suite there. The end-to-end
# and fixture tests run the sanitized clang-apigw, so the tool is checked on real input too. Any sanitizer report fails the test
# that triggered it (-fno-sanitize-recover=all, halt_on_error).
#
#   scripts/test-sanitized.sh [ctest arguments...]      e.g. -R fixture/ or -L e2e
#
# Leak reports that start and end inside Debian's uninstrumented libLLVM/libclang-cpp
# are suppressed by scripts/lsan-suppressions.txt (see the comments there); everything
# else is reported. Usable from any directory; the exit status is ctest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
build=${APIGW_ASAN_BUILD_DIR:-build-asan}

scripts/configure-sanitized.sh "$build"

# The same options for every run: the build runs the unit-test binary too (test discovery).
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:abort_on_error=0:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$repo/scripts/lsan-suppressions.txt:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:report_error_type=1"

start=$SECONDS
cmake --build "$build"
echo "test-sanitized: build took $((SECONDS - start)) s" >&2

validator=test/validator
stamp=$validator/node_modules/.package-lock.json
if [[ ! -f $stamp || $validator/package-lock.json -nt $stamp ]]; then
  npm ci --prefix "$validator" --no-audit --no-fund --loglevel=error
fi

start=$SECONDS
status=0
ctest --test-dir "$build" --output-on-failure -j2 "$@" || status=$?
echo "test-sanitized: ctest took $((SECONDS - start)) s (exit status $status)" >&2
exit "$status"
