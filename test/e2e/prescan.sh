#!/usr/bin/env bash
# The prescan skips the parse of units without annotations; it must never
# drop a unit that contributes: annotations only in a header, only behind a
# team's own macro, only on an authorizer or the api variable, only through
# `#pragma clang attribute push` (GNU and C++11 spellings, a macro inside the
# pragma, `_Pragma` inside a macro of another header). Each unit's main file
# below mentions neither `annotate` nor `APIGW_`, so each one goes through the
# prescan; the output must equal a run without it. Nor may it change which
# errors count: a unit without annotations that does not compile is ignored in
# both modes, one whose preprocessing fails is an error in both.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
mkdir -p include src
cat > include/handlers.hpp <<'CPP'
#include <string>
[[clang::annotate("get=/from-header"), clang::annotate("aws_lambda_uri=${header_fn}")]]
std::string from_header();
CPP
cat > include/team_macros.hpp <<'CPP'
#define TEAM_ROUTE(path, fn) [[clang::annotate("get=" path), clang::annotate("aws_lambda_uri=" fn)]]
CPP
cat > include/auth.hpp <<'CPP'
inline constexpr int header_auth [[clang::annotate("authorizer=cognito"),
                                   clang::annotate("user_pool_arn=${pool_arn}")]] = 0;
CPP
cat > include/api.hpp <<'CPP'
inline constexpr int api [[clang::annotate("api"), clang::annotate("title=Prescan")]] = 0;
CPP
cat > include/pragma_gnu.hpp <<'CPP'
#define PRAGMA_ROUTE __attribute__((annotate("get=/pragma-gnu")))
#pragma clang attribute push(PRAGMA_ROUTE, apply_to = function)
#pragma clang attribute push(__attribute__((annotate("aws_lambda_uri=${gnu_fn}"))), apply_to = function)
int pragma_gnu();
#pragma clang attribute pop
#pragma clang attribute pop
CPP
cat > include/pragma_cxx11.hpp <<'CPP'
#pragma clang attribute push([[clang::annotate("get=/pragma-cxx11")]], apply_to = function)
#pragma clang attribute push([[clang::annotate("aws_lambda_uri=${cxx11_fn}")]], apply_to = function)
int pragma_cxx11();
#pragma clang attribute pop
#pragma clang attribute pop
CPP
cat > include/team_pragmas.hpp <<'CPP'
#define TEAM_BEGIN \
  _Pragma("clang attribute push(__attribute__((annotate(\"get=/underscore-pragma\"))), apply_to = function)") \
  _Pragma("clang attribute push(__attribute__((annotate(\"aws_lambda_uri=${underscore_fn}\"))), apply_to = function)")
#define TEAM_END _Pragma("clang attribute pop") _Pragma("clang attribute pop")
CPP
echo '#include "pragma_gnu.hpp"' > src/pragma_gnu.cpp
echo '#include "pragma_cxx11.hpp"' > src/pragma_cxx11.cpp
printf '#include "team_pragmas.hpp"\nTEAM_BEGIN\nint underscore();\nTEAM_END\n' > src/underscore.cpp
echo '#include "handlers.hpp"' > src/header_only.cpp
printf '#include "team_macros.hpp"\nTEAM_ROUTE("/behind-macro", "${macro_fn}") int behind_macro();\n' > src/macro_only.cpp
echo '#include "auth.hpp"' > src/authorizer_only.cpp
echo '#include "api.hpp"' > src/api_only.cpp
printf '#include <string>\nstd::string helper() { return "nothing to see"; }\n' > src/plain.cpp

# database <file> <flags> <source...>: a compile_commands.json, run in $WORK.
database() {
  local file=$1 flags=$2 entries="" f
  shift 2
  for f in "$@"; do
    entries+="${entries:+,}{\"directory\": \"$WORK\", \"file\": \"$WORK/$f\", \"command\": \"c++ $flags -c $f\"}"
  done
  echo "[$entries]" > "$file"
}
database compile_commands.json "-std=c++20 -Iinclude" src/*.cpp

"$TOOL" -p . -o with.json || fail "scan with the prescan failed"
"$TOOL" -p . --no-prescan -o without.json || fail "scan without the prescan failed"
cmp with.json without.json || fail "the prescan changed the output: $(diff with.json without.json | head -20)"
# Over precompiled preambles, whose headers here declare the handlers, the
# authorizer and the api variable: the mapper must walk the preamble too.
"$TOOL" -p . --preamble-cache cache -o cached.json || fail "scan over preambles failed"
cmp with.json cached.json || fail "preambles changed the output: $(diff with.json cached.json | head -20)"
for expected in '"/from-header"' '"/behind-macro"' '"header_auth"' '"title": "Prescan"' \
  '"/pragma-gnu"' '"/pragma-cxx11"' '"/underscore-pragma"'; do
  grep -q "$expected" with.json || fail "$expected missing: a contributing unit was dropped"
done

# Units that do not compile: without annotations (one mentions `annotate` in a
# comment, which skips the prescan), they are ignored; a preprocessing error
# counts in both modes.
mkdir -p broken
write_ping_source broken/good.cpp good /good
echo 'int not_an_int = "text";' > broken/plain.cpp
printf '// annotate: not here\nint nor_this = "text";\n' > broken/mentions.cpp
database broken/compile_commands.json -std=c++20 broken/*.cpp
"$TOOL" -p broken -o broken-with.json 2> with.err || fail "a unit without annotations failed the run: $(cat with.err)"
"$TOOL" -p broken --no-prescan -o broken-without.json 2> without.err ||
  fail "--no-prescan: a unit without annotations failed the run: $(cat without.err)"
cmp broken-with.json broken-without.json || fail "the prescan changed the output of a run with broken units"
grep -q '"/good"' broken-with.json || fail "/good missing"
echo '#include "no_such_header.h"' > broken/missing.cpp
database broken/compile_commands.json -std=c++20 broken/*.cpp
for mode in --quiet --no-prescan; do
  run out.txt err.txt "$TOOL" -p broken "$mode" -o broken.json
  ((status == 1)) || fail "$mode: a missing header exited $status, expected 1"
  grep -q "no_such_header.h' file not found" err.txt || fail "$mode: the missing header is not reported: $(cat err.txt)"
done
echo "ok"
