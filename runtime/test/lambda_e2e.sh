#!/usr/bin/env bash
# aws-lambda-cpp end to end: builds aws-lambda-cpp v0.2.10 from
# ../shared/third_party (once, cached in <work dir>), builds the pet router's
# bootstrap with apigw::run_lambda, runs it against fake_runtime_api.py on
# 127.0.0.1 with the API Gateway events of events/, and checks every response
# the bootstrap POSTed. Exits 77 (CTest: skipped) where the archive is absent.
# Usage: lambda_e2e.sh <repo root> <work dir>
set -euo pipefail
repo=$(realpath "$1")
work=$2
pet_routes=$(realpath "$3")  # the router the main build generated for pet_handlers.hpp
here=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# shared/ lies beside the repository; in a `git worktree`, beside the main one.
name=third_party/aws-lambda-cpp-v0.2.10.tar.gz
archive=$repo/../shared/$name
if [[ ! -f $archive ]] && common=$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
  archive=$(dirname "$common")/../shared/$name
fi
if [[ ! -f $archive ]]; then
  echo "SKIPPED: $repo/../shared/$name is absent (a clone without ../shared); the aws-lambda-cpp test needs it"
  exit 77
fi
mkdir -p "$work"
work=$(realpath "$work")

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

# aws-lambda-cpp, rebuilt only when the archive changes.
prefix=$work/aws-lambda-cpp
stamp=$prefix/installed-from.sha256
checksum=$(sha256sum "$archive" | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$checksum" ]]; then
  echo "building aws-lambda-cpp from $archive"
  rm -rf "$work/aws-lambda-cpp-src" "$work/aws-lambda-cpp-build" "$prefix"
  mkdir -p "$work/aws-lambda-cpp-src"
  tar -xzf "$archive" -C "$work/aws-lambda-cpp-src" --strip-components=1
  cmake -S "$work/aws-lambda-cpp-src" -B "$work/aws-lambda-cpp-build" -DCMAKE_BUILD_TYPE=Release \
    "${launcher[@]}" >"$work/aws-lambda-cpp.log" 2>&1 || fail "configure aws-lambda-cpp: $(tail -20 "$work/aws-lambda-cpp.log")"
  cmake --build "$work/aws-lambda-cpp-build" >>"$work/aws-lambda-cpp.log" 2>&1 ||
    fail "build aws-lambda-cpp: $(tail -20 "$work/aws-lambda-cpp.log")"
  cmake --install "$work/aws-lambda-cpp-build" --prefix "$prefix" >>"$work/aws-lambda-cpp.log" 2>&1 ||
    fail "install aws-lambda-cpp: $(tail -20 "$work/aws-lambda-cpp.log")"
  echo "$checksum" >"$stamp"
fi

bootstrap_build=$work/bootstrap-build
generator=()
[[ -f $bootstrap_build/CMakeCache.txt ]] || generator=(-G Ninja)
cmake -S "$here/lambda" -B "$bootstrap_build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" -DAPIGW_PET_ROUTES="$pet_routes" "${launcher[@]}" >"$work/bootstrap.log" 2>&1 ||
  fail "configure the bootstrap: $(tail -20 "$work/bootstrap.log")"
cmake --build "$bootstrap_build" >>"$work/bootstrap.log" 2>&1 || fail "build the bootstrap: $(tail -30 "$work/bootstrap.log")"
if grep -q "warning:" "$work/bootstrap.log"; then
  fail "the runtime or the router warns: $(grep -A3 "warning:" "$work/bootstrap.log" | head -20)"
fi

responses=$work/responses
rm -rf "$responses"
mkdir -p "$responses"
events=(get_pet.json create_pet_invalid.json crash.json get_file.json aws_sample.json)
event_paths=()
for event in "${events[@]}"; do event_paths+=("$here/events/$event"); done

coproc FAKE { exec python3 "$here/fake_runtime_api.py" --timeout 60 "$responses" "${event_paths[@]}"; }
fake_pid=$FAKE_PID
read -r -t 10 word port <&"${FAKE[0]}" || fail "the fake Runtime API did not start"
[[ $word == port ]] || fail "the fake Runtime API said: $word $port"

status=0
AWS_LAMBDA_RUNTIME_API=127.0.0.1:$port timeout 60 "$bootstrap_build/bootstrap" \
  >"$work/bootstrap.out" 2>"$work/bootstrap.err" || status=$?
fake_status=0
wait "$fake_pid" || fake_status=$?
[[ $status == 0 ]] || fail "the bootstrap exited $status: $(tail -20 "$work/bootstrap.err")"
[[ $fake_status == 0 ]] || fail "not every event was answered: $(ls "$responses")"

python3 - "$responses" <<'PY' || fail "a response differs (above)"
import json, pathlib, sys
responses = pathlib.Path(sys.argv[1])

def answer(index):
    record = json.loads((responses / f"{index}.json").read_text())
    assert record["kind"] == "response", record
    return json.loads(record["payload"])

def check(index, status, json_body=None, **fields):
    got = answer(index)
    problems = []
    if got["statusCode"] != status:
        problems.append(f"statusCode {got['statusCode']} != {status}")
    if json_body is not None and json.loads(got["body"]) != json_body:
        problems.append(f"body {got['body']} != {json.dumps(json_body)}")
    for name, value in fields.items():
        if got.get(name) != value:
            problems.append(f"{name} {got.get(name)!r} != {value!r}")
    if problems:
        print(f"event {index}: " + "; ".join(problems), file=sys.stderr)
        return False
    return True

ok = all([
    check(0, 200, {"id": 42, "name": "Rex", "tag": "dog", "status": "available", "added": "2024-05-01T12:00:00Z"}),
    check(1, 400, {"message": "2 validation errors detected", "fieldList": [
        {"path": "/body/name", "message": "must match the pattern '^[A-Za-z ]+$'"},
        {"path": "/body/status", "message": "must be one of 'available', 'pending', 'sold'"}]}),
    check(2, 500, {"message": "Internal server error"}),
    check(3, 200, None, isBase64Encoded=True, body="iVBORw0KGgoA/w=="),
    check(4, 403, {"message": "Missing Authentication Token"}),
])
sys.exit(0 if ok else 1)
PY
grep -q "req-crash-1" "$work/bootstrap.err" || fail "the 500 was not logged with its request id: $(cat "$work/bootstrap.err")"
if grep -q "hunter2" "$responses"/*.json; then fail "a response leaks the exception's message"; fi
echo "ok: ${#events[@]} API Gateway events answered through aws-lambda-cpp"
