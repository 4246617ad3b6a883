#!/usr/bin/env bash
# Every golden fixture with Lambda-proxy routes compiles with its generated router,
# warning-free under GCC and Clang with -Wall -Wextra -Wpedantic -Werror.
#
# A fixture declares its handlers in input.cpp, which a generated router cannot
# include; each fixture is therefore copied as a header (api.hpp, beside the
# fixture's own headers) that one unit includes. Only the router is compiled:
# the handlers have no definitions to link. Fixtures whose router the tool
# refuses must be listed in `refused` with the message that says why.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

declare -A refused=(
  # Function bodies that do not compile: the scan skips them, a compiler does not.
  [function-bodies]=skip
  # Declares a stand-in apigw::RequestContext, which the runtime's header defines for real.
  [request-context]=skip
  # C arrays (char code[8]) cannot be assigned: the router says to use std::array or std::string.
  [types-scalars]="use std::array or std::string for a C array"
  # search_pets takes a context that is 'ignore'd without a default argument.
  [body-on-get]="'ignore'd parameter 'ctx' needs a default argument"
)
compilers=(g++ clang++-19)
common=(-std=c++20 -Wall -Wextra -Wpedantic -Werror -Wno-attributes "-I$REPO/annotations" "-I$REPO/runtime/include")
flags=("${common[@]}" -fsyntax-only)

# The runtime headers every router includes are parsed once per compiler, as a
# precompiled header, not once per fixture: parsing them is most of a compile.
# The first router of each compiler is compiled without it, so that a router
# missing one of its own #includes still fails.
runtime_headers=$WORK/runtime_headers.hpp
printf '#include <apigw/%s.hpp>\n' constraints handler_call json_codec router >"$runtime_headers"
declare -A with_pch=()
for compiler in "${compilers[@]}"; do
  command -v "$compiler" >/dev/null || continue
  if [[ $compiler == g++ ]]; then
    # GCC finds <header>.gch itself; -Winvalid-pch makes an unusable one an error.
    pch=$runtime_headers.gch
    with_pch[$compiler]="-Winvalid-pch -include $runtime_headers"
  else
    pch=$WORK/runtime_headers.pch
    with_pch[$compiler]="-include-pch $pch"
  fi
  "$compiler" "${common[@]}" -x c++-header "$runtime_headers" -o "$pch" 2>"$WORK/pch.err" ||
    { show "$WORK/pch.err"; fail "the runtime headers do not precompile cleanly with $compiler"; }
done
declare -A compiled_without_pch=()

checked=0
for input in "$REPO"/fixtures/*/input.cpp; do
  fixture=$(basename "$(dirname "$input")")
  [[ ${refused[$fixture]:-} == skip ]] && continue
  grep -q "aws_lambda_uri\|aws_lambda_arn\|APIGW_LAMBDA(" "$input" || continue
  w=$WORK/$fixture
  mkdir -p "$w"
  find "$(dirname "$input")" -maxdepth 1 -type f \( -name '*.h' -o -name '*.hpp' \) -exec cp {} "$w/" \;
  { echo "#pragma once"; cat "$input"; } >"$w/api.hpp"
  echo '#include "api.hpp"' >"$w/unit.cpp"
  run "$w/out" "$w/err" "$TOOL" --quiet --router-output "$w/router.cpp" -o "$w/api.json" "$w/unit.cpp" -- \
    -std=c++20 "-I$REPO/annotations" "-I$REPO/runtime/include" "-I$w"
  if [[ $status != 0 ]]; then
    if [[ -n ${refused[$fixture]:-} ]] && grep -qF "${refused[$fixture]}" "$w/err"; then continue; fi
    show "$w/err"
    fail "$fixture: the tool wrote no router"
  fi
  [[ -z ${refused[$fixture]:-} ]] || fail "$fixture: listed as refused, but the router was written"
  for compiler in "${compilers[@]}"; do
    command -v "$compiler" >/dev/null || continue
    pch_flags=()
    if [[ -n ${compiled_without_pch[$compiler]:-} ]]; then
      read -r -a pch_flags <<<"${with_pch[$compiler]}"
    fi
    compiled_without_pch[$compiler]=yes
    if ! "$compiler" "${flags[@]}" "${pch_flags[@]}" "-I$w" "$w/router.cpp" 2>"$w/compile.err"; then
      head -40 "$w/compile.err" >&2
      fail "$fixture: the generated router does not compile cleanly with $compiler"
    fi
  done
  checked=$((checked + 1))
done
((checked >= 20)) || fail "only $checked fixtures had a router to compile"
echo "ok: $checked fixtures' routers compile with ${compilers[*]}"
