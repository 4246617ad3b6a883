#!/usr/bin/env bash
# When printing on stdout fails (a full device, a closed stdout), the run says so in one
# line and exits 2, and no file output is created or changed: stdout is written before the
# files are put in place. No "LLVM ERROR", and nothing printed into a file by mistake.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
write_ping_source ping.cpp ping /health
echo old >public.json
listing=$(ls -A | sort)

# expect_stdout_failure <says> <redirection description> <command...>
check_failure() {
  local what=$1
  ((status == 2)) || { show err.txt; fail "$what: exit status $status, expected 2"; }
  [[ $(wc -l <err.txt) == 1 ]] || { show err.txt; fail "$what: expected one line"; }
  grep -q '^clang-apigw: error: cannot write to stdout: ' err.txt || { show err.txt; fail "$what: message"; }
  [[ $(cat public.json) == old ]] || fail "$what: public.json was changed"
  [[ $(ls -A | grep -v '^err.txt$' | sort) == "$listing" ]] || fail "$what: files left: $(ls -A)"
}

if [[ -w /dev/full ]]; then
  status=0
  "$TOOL" --quiet --public-output public.json ping.cpp -- -std=c++20 >/dev/full 2>err.txt || status=$?
  check_failure ">/dev/full"
  status=0
  "$TOOL" --quiet --list-routes ping.cpp -- -std=c++20 >/dev/full 2>err.txt || status=$?
  check_failure "--list-routes >/dev/full"
fi

status=0
"$TOOL" --quiet --public-output public.json ping.cpp -- -std=c++20 >&- 2>err.txt || status=$?
check_failure "closed stdout"

# A closed stdout does not matter when nothing goes there; what the run opens (sources,
# temporaries) must not take its descriptor.
"$TOOL" --quiet -o api.json --public-output public.json ping.cpp -- -std=c++20 >&- 2>err.txt ||
  { show err.txt; fail "closed stdout, files only"; }
grep -q '"/health"' api.json && grep -q '"/health"' public.json || fail "closed stdout: outputs not written"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' api.json || fail "api.json is not JSON"
# A closed stderr neither.
"$TOOL" --quiet -o api2.json ping.cpp -- -std=c++20 2>&- || fail "closed stderr"
cmp -s api.json api2.json || fail "closed stderr: api2.json differs"
echo "ok: stdout failures are reported and change no file"
