#!/usr/bin/env bash
# JSON read from files is measured before it is parsed: a fragment nested 100,000 levels
# deep is a usage error (status 2, one line) for 'merge', and a committed document nested
# that deep is stale for --check (status 1), never a stack overflow.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
python3 - <<'PY'
deep = "[" * 100000 + "]" * 100000
open("deep.frag", "w").write('{"format": "clang-apigw-fragment", "version": 1, "Api": ' + deep + "}\n")
open("deep.json", "w").write('{"openapi": "3.0.1", "info": ' + deep + "}\n")
PY

status=0
"$TOOL" merge deep.frag -o api.json >out.txt 2>err.txt || status=$?
((status == 2)) || { show err.txt; fail "merge of a deep fragment: exit status $status, expected 2"; }
[[ $(cat err.txt) == "clang-apigw: error: deep.frag: JSON nested more than 1000 levels deep" ]] ||
  { show err.txt; fail "merge of a deep fragment: message"; }
[[ ! -e api.json && ! -s out.txt ]] || fail "merge of a deep fragment wrote an output"

write_ping_source ping.cpp ping /health
cp deep.json before.json
status=0
"$TOOL" --quiet --check -o deep.json ping.cpp -- -std=c++20 >out.txt 2>err.txt || status=$?
((status == 1)) || { show err.txt; fail "--check of a deep document: exit status $status, expected 1"; }
[[ $(cat err.txt) == "clang-apigw: deep.json is stale: JSON nested more than 1000 levels deep" ]] ||
  { show err.txt; fail "--check of a deep document: message"; }
cmp -s deep.json before.json || fail "--check changed deep.json"
echo "ok: deep JSON in fragments and --check inputs is refused in one line"
