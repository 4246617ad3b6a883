#!/usr/bin/env bash
# A local server program (pets_local_main.cpp): usage errors exit 2; on --port 0
# it prints its port and that authorizers are not enforced, answers over
# 127.0.0.1, and takes --authorizer-file as every request's authorizer.
# Usage: local_program.sh <path to apigw_pets_local>
set -euo pipefail
program=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/apigw-local.XXXXXX")
pid=
cleanup() {
  if [[ -n $pid ]]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true # killed: not this script's status
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# shellcheck source=local_server_port.bash
source "$(dirname "${BASH_SOURCE[0]}")/local_server_port.bash"

status=0
"$program" --port nope 2>"$work/usage.err" || status=$?
[[ $status == 2 ]] || fail "a bad --port exits $status, not 2"
grep -q "error: --port must be a number from 0 to 65535" "$work/usage.err" || fail "usage message: $(cat "$work/usage.err")"

echo '{"claims": {"scope": "pets/admin"}}' >"$work/admin.json"
"$program" --port 0 --stage dev --authorizer-file "$work/admin.json" >"$work/out.log" 2>"$work/err.log" &
pid=$!
port=$(local_server_port "$work/out.log" "$work/err.log" "$pid")
grep -q "Authorizers are not enforced locally" "$work/out.log" || fail "no authorizer notice"

curl_status() { curl --silent --max-time 5 --output "$work/body" --write-out '%{http_code}' "$@"; }
[[ $(curl_status "http://127.0.0.1:$port/echo") == 200 ]] || fail "GET /echo"
grep -q "^GET /echo stage=dev ip=127.0.0.1$" "$work/body" || fail "echo: $(cat "$work/body")"
# The authorizer file grants the scope DELETE needs.
[[ $(curl_status -X DELETE "http://127.0.0.1:$port/pets/42") == 204 ]] || fail "DELETE with --authorizer-file"
[[ $(curl_status "http://127.0.0.1:$port/pets/abc") == 400 ]] || fail "GET /pets/abc"
grep -q '"path":"/path/pet_id"' "$work/body" || fail "400 body: $(cat "$work/body")"
echo "ok"
