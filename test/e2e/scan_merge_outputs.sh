#!/usr/bin/env bash
# 'scan' and 'merge' check their outputs as a whole run does: no file named twice (also
# -o and --depfile), at most one output on stdout, and options that would be ignored
# (--depfile outside 'scan', --list-routes with 'scan') are refused. Status 2, one line,
# nothing written.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
write_ping_source ping.cpp ping /health
"$TOOL" scan --quiet ping.cpp -o ping.frag -- -std=c++20 || fail "scan to ping.frag"
cp ping.frag ping.frag.orig

expect_usage_error() {
  local says=$1
  shift
  local before
  before=$(ls -A | sort)
  run "$WORK/out.txt" "$WORK/err.txt" "$@"
  ((status == 2)) || { show "$WORK/err.txt"; fail "$*: exit status $status, expected 2"; }
  [[ $(cat "$WORK/err.txt") == "clang-apigw: error: $says" ]] ||
    { show "$WORK/err.txt"; fail "$*: expected 'clang-apigw: error: $says'"; }
  [[ ! -s $WORK/out.txt ]] || fail "$*: wrote to stdout"
  rm -f "$WORK/out.txt" "$WORK/err.txt"
  [[ $(ls -A | sort) == "$before" ]] || fail "$*: files created"
  cmp -s ping.frag ping.frag.orig || fail "$*: ping.frag changed"
}

expect_usage_error "'ping.frag' is named as two outputs" \
  "$TOOL" scan ping.cpp -o ping.frag --depfile ping.frag -- -std=c++20
expect_usage_error "'./ping.frag' is named as two outputs" \
  "$TOOL" scan ping.cpp -o ping.frag --depfile ./ping.frag -- -std=c++20
expect_usage_error "only one output can go to stdout, and -o and --depfile both do; name a file for one of them" \
  "$TOOL" scan ping.cpp -o - --depfile - -- -std=c++20
expect_usage_error "only one output can go to stdout, and -o and --depfile both do; name a file for one of them" \
  "$TOOL" scan ping.cpp --depfile - -- -std=c++20
expect_usage_error "'scan' writes a fragment; --public-output, --tf-vars, --router-output, --format, --check and --list-routes apply to whole runs and 'merge'" \
  "$TOOL" scan ping.cpp -o x.frag --list-routes -- -std=c++20
expect_usage_error "'$WORK/api.json' is named as two outputs" \
  "$TOOL" merge ping.frag -o api.json --public-output "$WORK/api.json"
expect_usage_error "only one output can go to stdout, and -o and --tf-vars both do; name a file for one of them" \
  "$TOOL" merge ping.frag --tf-vars -
expect_usage_error "--depfile applies to 'scan' only" "$TOOL" merge ping.frag -o api.json --depfile api.d
expect_usage_error "--depfile applies to 'scan' only" "$TOOL" ping.cpp -o api.json --depfile api.d -- -std=c++20

# The same outputs apart work.
"$TOOL" scan --quiet ping.cpp -o - --depfile ping.d -- -std=c++20 >stdout.frag || fail "scan -o -"
grep -q '"clang-apigw-fragment"' stdout.frag || fail "scan -o -: no fragment on stdout"
grep -q '^-: ' ping.d || fail "scan -o -: depfile target"
"$TOOL" merge --quiet ping.frag -o api.json --tf-vars - >vars.tf || fail "merge --tf-vars -"
grep -q 'variable "ping_invoke_arn"' vars.tf || fail "merge --tf-vars -: no variable"
echo "ok: scan and merge check their outputs"
