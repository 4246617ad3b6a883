#!/usr/bin/env bash
# A file has one identity across units, whatever path led each unit to it:
#  - a header reached as ../include/routes.h from a unit run in build/, as
#    include/routes.h from one run in the project root, and through a symbolic
#    link, is one file: its route is merged, not reported as a duplicate of itself;
#  - two different files with the same relative name (a/api.h, b/api.h, each
#    included as "api.h" from a unit in its own directory) are two files: the
#    route both declare is a conflict, and the diagnostic names both files;
#  - files below the current directory print relative to it, others absolute.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
mkdir -p proj/include proj/build proj/src
ln -s include proj/linked
cat > proj/include/routes.h <<'CPP'
#include <string>
[[clang::annotate("get=/shared"), clang::annotate("aws_lambda_uri=${shared_fn}")]]
std::string shared();
CPP
for unit in from_build from_root from_link; do
  echo '#include "routes.h"' > "proj/src/$unit.cpp"
done
entry() { # entry <directory> <file> <flags>
  echo "{\"directory\": \"$1\", \"file\": \"$2\", \"command\": \"c++ -std=c++20 $3 -c $2\"}"
}
{
  echo '['
  entry "$WORK/proj/build" ../src/from_build.cpp -I../include; echo ,
  entry "$WORK/proj" src/from_root.cpp -Iinclude; echo ,
  entry "$WORK/proj" src/from_link.cpp -Ilinked
  echo ']'
} > proj/compile_commands.json
run out.json err.txt "$TOOL" -p proj -o -
((status == 0)) || { show err.txt; fail "one header reached three ways: exit status $status, expected 0"; }
[[ $(grep -c '"/shared"' out.json) == 1 ]] || { show out.json; fail "/shared not exactly once"; }

mkdir -p twins/a twins/b
for side in a b; do
  cat > "twins/$side/api.h" <<'CPP'
#include <string>
[[clang::annotate("get=/twin"), clang::annotate("aws_lambda_uri=${twin_fn}")]]
std::string twin();
CPP
  echo '#include "api.h"' > "twins/$side/unit.cpp"
done
{
  echo '['
  entry "$WORK/twins/a" unit.cpp ""; echo ,
  entry "$WORK/twins/b" unit.cpp ""
  echo ']'
} > twins/compile_commands.json
cd twins
run out.json err.txt "$TOOL" -p . -o -
((status == 1)) || { show err.txt out.json; fail "two files named api.h: exit status $status, expected 1"; }
grep -q '^a/api.h:3:' err.txt || { show err.txt; fail "a/api.h not named relative to the current directory"; }
grep -q '^b/api.h:3:' err.txt || { show err.txt; fail "b/api.h not named relative to the current directory"; }
cd a
run out.json err.txt "$TOOL" -p .. -o -
grep -q "^api.h:3:" err.txt || { show err.txt; fail "api.h in the current directory not printed relative"; }
grep -qF "$(cd "$WORK" && pwd -P)/twins/b/api.h:3:" err.txt || { show err.txt; fail "b/api.h, outside the current directory, not printed absolute"; }
echo "ok"
