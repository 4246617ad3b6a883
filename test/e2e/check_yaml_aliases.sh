#!/usr/bin/env bash
# --check reads a committed YAML document as data. A document clang-apigw wrote never has
# anchors or aliases, so one that does is reported stale (status 1) without expanding them:
# a self-referencing alias must not crash the run, and a few hundred bytes of nested aliases
# ("billion laughs") must not exhaust memory. Deep nesting is bounded the same way.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
write_ping_source ping.cpp ping /health
# limit_memory_mb <n>: this shell and its children may use n MB. AddressSanitizer reserves
# terabytes of address space for its shadow memory, so a sanitized tool cannot run under
# `ulimit -v`; it gets ASan's own limit on resident memory instead.
limit_memory_mb() {
  if nm -C "$TOOL" 2>/dev/null | grep -q ' __asan_init$'; then
    export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=$1"
  else
    ulimit -v $(($1 * 1000))
  fi
}
tool() { "$TOOL" --quiet "$@" ping.cpp -- -std=c++20; }

tool -o api.yaml 2>err.txt || { show err.txt; fail "writing api.yaml"; }
tool --check -o api.yaml 2>err.txt || { show err.txt; fail "--check on a fresh api.yaml"; }

# expect_stale <why> <document>: --check reports api.yaml stale, saying why, in one line.
expect_stale() {
  local why=$1
  printf '%s' "$2" >api.yaml
  cp api.yaml before.yaml
  status=0
  # A crash or a runaway expansion must not hang the test: limit time and memory.
  (limit_memory_mb 4000; timeout 60 "$TOOL" --quiet --check -o api.yaml ping.cpp -- -std=c++20) \
    >out.txt 2>err.txt || status=$?
  ((status == 1)) || { show err.txt; fail "$why: exit status $status, expected 1"; }
  [[ $(wc -l <err.txt) == 1 ]] || { show err.txt; fail "$why: expected one line"; }
  grep -q "^clang-apigw: api.yaml is stale: .*$why" err.txt || { show err.txt; fail "$why: message"; }
  cmp -s api.yaml before.yaml || fail "$why: --check changed api.yaml"
  [[ ! -s out.txt ]] || fail "$why: --check wrote to stdout"
}

expect_stale "line 1, column 1: YAML anchors are not read" $'&a [*a]\n'
expect_stale "YAML anchors are not read" $'openapi: "3.0.1"\ninfo: &loop\n  self: *loop\n'
laughs=$'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
previous=a
for name in b c d e f g h i; do
  laughs+="$name: &$name [*$previous,*$previous,*$previous,*$previous,*$previous,*$previous,*$previous,*$previous,*$previous]"$'\n'
  previous=$name
done
expect_stale "YAML anchors are not read" "$laughs"
expect_stale "not valid YAML" $'a: *undefined\n'
expect_stale "not valid YAML" "$(printf '%0.s[' {1..100000})$(printf '%0.s]' {1..100000})"
echo "ok: --check refuses YAML anchors, aliases and deep nesting as stale"
