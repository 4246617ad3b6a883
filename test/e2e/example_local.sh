#!/usr/bin/env bash
# The bundled example, end to end (docs/runtime.md, "Tests"):
#   - examples/petstore builds warning-free with the tool built here, and its
#     document is the committed examples/petstore/openapi.json;
#   - petstore-local serves it on 127.0.0.1: 10,000 requests from 8 concurrent
#     clients get the statuses they must, with stable memory (local_load.py
#     prints the RSS before and after); then requests made from its public spec
#     by json-schema-faker are never rejected by validation nor answered 500,
#     every answer is declared with a body its schema accepts, and requests that
#     break one constraint get 400 naming that field (test/validator/agreement,
#     serve mode).
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"
# shellcheck source=../../runtime/test/local_server_port.bash
source "$REPO/runtime/test/local_server_port.bash"

example=$REPO/examples/petstore
build=$WORK/build
# Unoptimised (no build type): this test checks behaviour, and -O2 costs a quarter more time.
run "$WORK/configure.out" "$WORK/configure.err" cmake -S "$example" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE= -DAPIGW_EXECUTABLE="$TOOL" -DPETSTORE_WARNINGS_AS_ERRORS=ON
[[ $status == 0 ]] || { show "$WORK/configure.err"; fail "the example does not configure"; }
grep -q 'Build files have been written' "$WORK/configure.out" || fail "configure said: $(cat "$WORK/configure.out")"
run "$WORK/build.out" "$WORK/build.err" cmake --build "$build" --target petstore-local petstore_service_openapi
[[ $status == 0 ]] || { tail -40 "$WORK/build.out" >&2; fail "the example does not build (is libcpp-httplib-dev installed?)"; }
cmp -s "$build/openapi.json" "$example/openapi.json" ||
  fail "examples/petstore/openapi.json is not what the example's build writes: run scripts/run-example.sh"
"$TOOL" --quiet -p "$build" -o "$WORK/document.json" --public-output "$WORK/public.json"

"$build/petstore-local" --port 0 >"$WORK/server.out" 2>"$WORK/server.err" &
server=$!
# The server is killed: its status is not this script's.
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$WORK"' EXIT
port=$(local_server_port "$WORK/server.out" "$WORK/server.err" "$server")

# Pet 1, which the load reads.
pet='{"name": "Rex", "photoUrls": [], "tags": [], "attributes": {}, "vaccinated": false}'
created=$(curl --silent --max-time 5 --output /dev/null --write-out '%{http_code}' -H 'Content-Type: application/json' \
  --data "$pet" "http://127.0.0.1:$port/pets")
[[ $created == 201 ]] || fail "POST /pets answered $created"

# Load first, while pet 1 is the only pet. Each kind of answer: a
# handler, a greedy ANY route, validation failures, a handler's 404, another
# integration (501), an unknown route (403), a wrong method (405).
cat >"$WORK/mix.json" <<'JSON'
[
  {"method": "GET", "path": "/pets?limit=5", "status": 200},
  {"method": "GET", "path": "/pets/1", "status": 200},
  {"method": "GET", "path": "/store/inventory", "status": 200},
  {"method": "DELETE", "path": "/legacy/users/a/b", "status": 404},
  {"method": "GET", "path": "/pets/0", "status": 400},
  {"method": "GET", "path": "/pets?limit=500&status=lost", "status": 400},
  {"method": "POST", "path": "/pets", "headers": {"Content-Type": "application/json"}, "body": "{\"name\": 7}", "status": 400},
  {"method": "GET", "path": "/pets/987654", "status": 404},
  {"method": "POST", "path": "/store/orders", "headers": {"Content-Type": "application/json"}, "body": "{}", "status": 501},
  {"method": "GET", "path": "/nowhere", "status": 403},
  {"method": "PATCH", "path": "/pets/1", "status": 405}
]
JSON
python3 "$REPO/test/e2e/local_load.py" "$port" "$server" "$WORK/mix.json" --requests 10000 --clients 8 ||
  fail "petstore-local under load"

node "$REPO/test/validator/agreement/agreement.mjs" --mode serve --instances 20 \
  --spec "$WORK/public.json" --document "$WORK/document.json" --target "http://127.0.0.1:$port" ||
  fail "petstore-local and the example's public spec disagree"
