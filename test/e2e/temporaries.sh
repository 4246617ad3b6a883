#!/usr/bin/env bash
# Temporaries have short names of a fixed shape (.apigw-<pid>-<8 characters>.tmp) in the
# output's directory, so an output name of 255 bytes works; a later run removes the
# temporaries of runs that were killed (process gone, file older than the run), and only
# those.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
write_ping_source ping.cpp ping /health
mkdir out
tool() { "$TOOL" --quiet "$@" ping.cpp -- -std=c++20; }

long=$(printf 'a%.0s' {1..250}).json # 255 bytes, the longest name Linux takes
tool -o "out/$long" 2>err.txt || { show err.txt; fail "a 255-byte output name"; }
grep -q '"/health"' "out/$long" || fail "the 255-byte output was not written"
rm "out/$long"

# A run killed while writing its temporaries leaves them; the next run removes them.
sleep 600 &
live=$!
bash -c 'exit 0' &
dead=$!
wait "$dead"
kill -0 "$dead" 2>/dev/null && fail "pid $dead still runs"
touch -d '1 hour ago' "out/.apigw-$dead-abcd1234.tmp" "out/.apigw-$dead-abcd1234.bak"
touch -d '1 hour ago' "out/.apigw-$live-efgh5678.tmp"     # its process still runs
touch "out/.apigw-$dead-ijkl9012.tmp" -d '+1 hour'        # newer than the run
touch -d '1 hour ago' "out/.apigw-$dead-short.tmp" "out/.apigw-$dead-abcd1234.txt" "out/notes.tmp"
tool -o out/api.json 2>err.txt || { show err.txt; fail "writing out/api.json"; }
kill "$live"
left=$(cd out && ls -A | sort | tr '\n' ' ')
expected=$(printf '%s\n' ".apigw-$dead-abcd1234.txt" ".apigw-$dead-ijkl9012.tmp" \
  ".apigw-$dead-short.tmp" ".apigw-$live-efgh5678.tmp" api.json notes.tmp | sort | tr '\n' ' ')
[[ $left == "$expected" ]] || fail "left in out/: [$left], expected [$expected]"
echo "ok: short temporaries, stale ones removed"
