#!/usr/bin/env bash
# The prescan skips the parse of units without annotations; it must never
# drop a unit that contributes: annotations only in a header, only behind a
# team's own macro, only on an authorizer or the api variable. Each unit's
# main file below mentions neither `annotate` nor `APIGW_`, so each one goes
# through the prescan; the output must equal a run without it.
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
echo '#include "handlers.hpp"' > src/header_only.cpp
printf '#include "team_macros.hpp"\nTEAM_ROUTE("/behind-macro", "${macro_fn}") int behind_macro();\n' > src/macro_only.cpp
echo '#include "auth.hpp"' > src/authorizer_only.cpp
echo '#include "api.hpp"' > src/api_only.cpp
printf '#include <string>\nstd::string helper() { return "nothing to see"; }\n' > src/plain.cpp

entries=""
for f in src/*.cpp; do
  entries+="${entries:+,}{\"directory\": \"$WORK\", \"file\": \"$WORK/$f\", \"command\": \"c++ -std=c++20 -Iinclude -c $f\"}"
done
echo "[$entries]" > compile_commands.json

"$TOOL" -p . -o with.json || fail "scan with the prescan failed"
"$TOOL" -p . --no-prescan -o without.json || fail "scan without the prescan failed"
cmp with.json without.json || fail "the prescan changed the output: $(diff with.json without.json | head -20)"
# Over precompiled preambles, whose headers here declare the handlers, the
# authorizer and the api variable: the mapper must walk the preamble too.
"$TOOL" -p . --preamble-cache cache -o cached.json || fail "scan over preambles failed"
cmp with.json cached.json || fail "preambles changed the output: $(diff with.json cached.json | head -20)"
for expected in '"/from-header"' '"/behind-macro"' '"header_auth"' '"title": "Prescan"'; do
  grep -q "$expected" with.json || fail "$expected missing: a contributing unit was dropped"
done
echo "ok"
