#!/usr/bin/env bash
# Configures one build tree with clang++-19 under AddressSanitizer and
# UndefinedBehaviorSanitizer, with the libFuzzer targets: scripts/test-sanitized.sh runs
# the suite in it and fuzz/run.sh the fuzzers, so the sanitized libraries compile once.
#
#   scripts/configure-sanitized.sh [<build dir>]      default: build-asan
#
# -O1 and line tables only: what ASan's reports need (ASan's own advice), and a third
# less compile time than RelWithDebInfo's -O2 -g.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build-asan}

scripts/install-deps.sh
scripts/install-sanitizer-deps.sh

sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# Configured every time (a few seconds): the test lists come from globs over fixtures/,
# and a golden added since the last configure must be validated too.
generator=()
[[ -f $build/CMakeCache.txt ]] || generator=(-G Ninja)
cmake -S . -B "$build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE= \
  -DCMAKE_CXX_COMPILER=clang++-19 \
  -DAPIGW_FUZZ=ON \
  "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only $sanitize" \
  "-DCMAKE_EXE_LINKER_FLAGS=$sanitize" \
  "-DCMAKE_SHARED_LINKER_FLAGS=$sanitize" \
  "-DCMAKE_MODULE_LINKER_FLAGS=$sanitize" >/dev/null
