#!/usr/bin/env bash
# Which compilation database a run reads, and how it reads it:
#  - a relative `directory` starts at the database's own directory, wherever the
#    tool runs, for the whole database and for a named source;
#  - a file listed twice with different flags gives the same bytes whatever
#    the order of its entries (the command first by directory, then by
#    arguments, wins);
#  - `-p <dir>` reads <dir> only: an unreadable compile_commands.json there (not
#    JSON, a directory) is an error (status 2, one line), never a reason to use
#    a parent's database; <dir>/build/compile_commands.json counts, as clangd has it;
#  - `-p <dir>` without a database says so in one line.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
mkdir -p proj/src proj/build elsewhere
write_ping_source proj/src/a.cpp relative_dir /relative-dir
cat > proj/build/compile_commands.json <<'JSON'
[{"directory": "../src", "file": "a.cpp", "command": "c++ -std=c++20 -c a.cpp"}]
JSON
cd elsewhere
run out.json err.txt "$TOOL" -p ../proj/build -o -
((status == 0)) || { show err.txt; fail "relative directory: exit status $status, expected 0"; }
grep -qF '"/relative-dir"' out.json || { show out.json; fail "relative directory: route missing"; }
run out.json err.txt "$TOOL" -p ../proj/build ../proj/src/a.cpp -o -
((status == 0)) || { show err.txt; fail "relative directory, named source: exit status $status"; }
grep -qF '"/relative-dir"' out.json || { show out.json; fail "relative directory, named source: route missing"; }
cd "$WORK"

# Two entries for one file; ROUTE_B sorts after ROUTE_A, so the ROUTE_A command wins.
mkdir -p twice/one twice/two
cat > twice/handler.cpp <<'CPP'
#include <string>
#ifdef ROUTE_A
[[clang::annotate("get=/built-a"), clang::annotate("aws_lambda_uri=${a_fn}")]] std::string a();
#endif
#ifdef ROUTE_B
[[clang::annotate("get=/built-b"), clang::annotate("aws_lambda_uri=${b_fn}")]] std::string b();
#endif
CPP
a="{\"directory\": \"$WORK/twice\", \"file\": \"handler.cpp\", \"command\": \"c++ -DROUTE_A -c handler.cpp\"}"
b="{\"directory\": \"$WORK/twice\", \"file\": \"handler.cpp\", \"command\": \"c++ -DROUTE_B -c handler.cpp\"}"
echo "[$a, $b]" > twice/one/compile_commands.json
echo "[$b, $a]" > twice/two/compile_commands.json
"$TOOL" -p twice/one -o one.json || fail "twice/one failed"
"$TOOL" -p twice/two -o two.json || fail "twice/two failed"
cmp one.json two.json || fail "the order of the entries changed the output: $(diff one.json two.json | head)"
grep -qF '"/built-a"' one.json || { show one.json; fail "the first command by arguments did not win"; }

# expect_one_line_error <what it must say> <command...>
expect_one_line_error() {
  local says=$1
  shift
  run out.txt err.txt "$@"
  ((status == 2)) || { show err.txt; fail "$*: exit status $status, expected 2"; }
  [[ $(wc -l < err.txt) == 1 ]] || { show err.txt; fail "$*: expected one line"; }
  grep -qF -- "$says" err.txt || { show err.txt; fail "$*: '$says' not said"; }
  [[ ! -s out.txt && ! -e x.json ]] || fail "$*: wrote output"
}
# The parent ($WORK) has a good database, which must not be used instead.
cp proj/build/compile_commands.json compile_commands.json
sed -i "s|\"../src\"|\"$WORK/proj/src\"|" compile_commands.json
mkdir -p broken isdir/compile_commands.json none
echo '[{"directory": ' > broken/compile_commands.json
expect_one_line_error "cannot read compilation database 'broken/compile_commands.json'" \
  "$TOOL" -p broken -o x.json
expect_one_line_error "cannot read compilation database" "$TOOL" -p broken proj/src/a.cpp -o x.json
expect_one_line_error "'isdir/compile_commands.json' is a directory" "$TOOL" -p isdir -o x.json
expect_one_line_error "no compilation database in 'none'" "$TOOL" -p none -o x.json
# -p . finds build/compile_commands.json, as clangd does.
(cd proj && "$TOOL" -p . -o ../from-build.json) || fail "-p . did not find build/compile_commands.json"
grep -qF '"/relative-dir"' from-build.json || fail "-p .: route missing"
echo "ok"
