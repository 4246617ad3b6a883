#!/usr/bin/env bash
# -j takes 0 (all cores) to 1024; anything else is a usage error (status 2, one line) found
# before any scan, never a run that waits forever for a worker.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
write_ping_source ping.cpp ping /health
for jobs in 2147483648 4294967296 99999999999999999999 1025 -1 two ''; do
  status=0
  timeout 60 "$TOOL" -j "$jobs" -o api.json ping.cpp -- -std=c++20 >out.txt 2>err.txt || status=$?
  ((status == 2)) || { show err.txt; fail "-j '$jobs': exit status $status, expected 2"; }
  [[ $(cat err.txt) == "clang-apigw: error: -j takes a number from 0 (all cores) to 1024, not '$jobs'" ]] ||
    { show err.txt; fail "-j '$jobs': message"; }
  [[ ! -e api.json ]] || fail "-j '$jobs' wrote api.json"
done
for jobs in 0 1 1024; do
  timeout 120 "$TOOL" --quiet -j "$jobs" -o api.json ping.cpp -- -std=c++20 2>err.txt ||
    { show err.txt; fail "-j $jobs failed"; }
  grep -q '"/health"' api.json || fail "-j $jobs: no /health in api.json"
done
timeout 120 "$TOOL" --quiet -j2 -o api.json ping.cpp -- -std=c++20 || fail "-j2 (no space) failed"
echo "ok: -j is bounded"
