#!/usr/bin/env bash
# Usage and I/O problems exit with status 2 and one clear line, before any
# scan, and never leave an output file behind.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
cat > good.cpp <<'CPP'
[[clang::annotate("get=/ping"), clang::annotate("aws_lambda_uri=${ping_fn}")]] int ping();
CPP

# expect_usage_error <what the line must say> <command...>
expect_usage_error() {
  local says=$1
  shift
  run out.txt err.txt "$@"
  [[ $status == 2 ]] || fail "$* exited $status, expected 2; stderr: $(cat err.txt)"
  [[ $(wc -l < err.txt) == 1 ]] || fail "$*: expected one line, got: $(cat err.txt)"
  grep -q -- "$says" err.txt || fail "$*: '$says' not in: $(cat err.txt)"
  [[ ! -s out.txt ]] || fail "$*: wrote to stdout: $(cat out.txt)"
}

mkdir -p nodb empty readonly
expect_usage_error "no compilation database" bash -c "cd nodb && '$TOOL' -o x.json"
[[ ! -e nodb/x.json ]] || fail "output written without a database"
expect_usage_error "no such file" "$TOOL" missing.cpp -o x.json -- -std=c++20
[[ ! -e x.json ]] || fail "output written for a missing source"
echo '[]' > empty/compile_commands.json
expect_usage_error "no translation units" "$TOOL" -p empty -o x.json
expect_usage_error "it is a directory" "$TOOL" good.cpp -o nodb -- -std=c++20
expect_usage_error "no directory" "$TOOL" good.cpp -o no/such/dir/x.json -- -std=c++20
expect_usage_error "at least one fragment" "$TOOL" merge -o x.json
expect_usage_error "exactly one source" "$TOOL" scan good.cpp good.cpp -o x.frag -- -std=c++20
echo 'not json' > broken.frag
expect_usage_error "broken.frag" "$TOOL" merge broken.frag -o x.json
if [[ $(id -u) != 0 ]]; then # root writes anywhere
  chmod a-w readonly
  expect_usage_error "not writable" "$TOOL" good.cpp -o readonly/x.json -- -std=c++20
fi
run out.txt err.txt "$TOOL" --no-such-option
[[ $status == 2 ]] || fail "an unknown option exited $status, expected 2"
echo "ok"
