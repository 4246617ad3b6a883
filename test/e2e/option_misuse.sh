#!/usr/bin/env bash
# Options that would be misread or ignored are usage errors (status 2, one line):
# `--cors <origin>` (the origin would be read as a source), --list-routes with options that
# place or shape the document. An unknown option names the program once. --help lines up.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
write_ping_source ping.cpp ping /health

expect_usage_error() {
  local says=$1
  shift
  run out.txt err.txt "$@"
  ((status == 2)) || { show err.txt; fail "$*: exit status $status, expected 2"; }
  [[ $(cat err.txt) == "clang-apigw: error: $says" ]] ||
    { show err.txt; fail "$*: expected 'clang-apigw: error: $says'"; }
  [[ ! -s out.txt && ! -e api.json ]] || fail "$*: wrote an output"
}

expect_usage_error "--cors takes its origin after '=': write --cors=https://app.example.com" \
  "$TOOL" --cors https://app.example.com ping.cpp -- -std=c++20
expect_usage_error "--cors takes its origin after '=': write --cors=http://localhost:3000" \
  "$TOOL" ping.cpp --cors http://localhost:3000 -o api.json -- -std=c++20
expect_usage_error "--cors takes its origin after '=': write --cors=*" \
  "$TOOL" --cors '*' ping.cpp -- -std=c++20
routes_refused="--list-routes prints the routes on stdout; it takes no -o <file>, --public-output, --tf-vars, --router-output, --format or --check"
expect_usage_error "$routes_refused" "$TOOL" --list-routes -o api.json ping.cpp -- -std=c++20
expect_usage_error "$routes_refused" "$TOOL" --list-routes --public-output p.json ping.cpp -- -std=c++20
expect_usage_error "$routes_refused" "$TOOL" --list-routes --tf-vars v.tf ping.cpp -- -std=c++20
expect_usage_error "$routes_refused" "$TOOL" --list-routes --check ping.cpp -- -std=c++20
expect_usage_error "$routes_refused" "$TOOL" --list-routes --format yaml ping.cpp -- -std=c++20

# Still fine: --cors alone before a source, --cors=<origin>, --list-routes alone.
"$TOOL" --quiet --cors ping.cpp -o api.json -- -std=c++20 || fail "--cors <source>"
grep -q "'\*'" api.json || fail "--cors: no '*' origin"
"$TOOL" --quiet --cors=https://app.example.com ping.cpp -- -std=c++20 >out.txt || fail "--cors="
grep -q "'https://app.example.com'" out.txt || fail "--cors=: origin missing"
"$TOOL" --quiet --list-routes ping.cpp -- -std=c++20 >out.txt || fail "--list-routes"
grep -q 'GET /health' out.txt || fail "--list-routes: no route"

# One program name on an unknown option's line.
run out.txt err.txt "$TOOL" --no-such-option ping.cpp -- -std=c++20
((status == 2)) || fail "unknown option: exit status $status, expected 2"
head -1 err.txt | grep -q "^clang-apigw: error: Unknown command line argument '--no-such-option'" ||
  { show err.txt; fail "unknown option: first line"; }
! grep -q 'clang-apigw: .*clang-apigw: ' err.txt || { show err.txt; fail "unknown option: program named twice"; }

# --help: every option's description starts in the same column.
"$TOOL" --help >help.txt || fail "--help"
grep -q -- '--cors\[=<origin>\]' help.txt || fail "--help: no --cors[=<origin>]"
columns=$(grep -E '^  -[-a-z]' help.txt | awk '{ print index($0, " - ") }' | sort -u)
[[ $(wc -l <<<"$columns") == 1 ]] || { grep -E '^  -' help.txt >&2; fail "--help: descriptions in columns $columns"; }
echo "ok: misused options are refused"
