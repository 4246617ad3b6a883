#!/usr/bin/env bash
# Checks that <apigw/annotations.hpp> keeps GCC builds warning-free: under GCC
# every macro must expand to nothing (GCC warns about unknown attributes such
# as clang::annotate). Compiles fixtures/macros/input.cpp with
# -Wall -Wextra -Werror and fails on any diagnostic at all.
#
# usage: test/gcc_macros_check.sh <repo root>
set -euo pipefail

root=${1:?usage: $0 <repo root>}
cxx=${GXX:-g++}
input="$root/fixtures/macros/input.cpp"

if ! command -v "$cxx" >/dev/null 2>&1; then
  echo "gcc_macros_check: $cxx not found" >&2
  exit 1
fi

status=0
output=$("$cxx" -std=c++20 -Wall -Wextra -Werror -fsyntax-only \
  -I"$root/annotations" "$input" 2>&1) || status=$?

if [[ $status -ne 0 || -n $output ]]; then
  printf '%s\n' "$output" >&2
  echo "gcc_macros_check: FAILED: $cxx reported diagnostics for $input" >&2
  exit 1
fi
echo "gcc_macros_check: $input compiles cleanly with $("$cxx" -dumpfullversion) -Wall -Wextra -Werror"
