# Sourced by test/e2e/*.sh (not a test itself: CTest registers only *.sh).
# Usage in a script:  source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"
# Sets TOOL (absolute), REPO (absolute), WORK (a fresh temp dir removed on exit).
set -euo pipefail

if (($# < 2)); then
  echo "usage: $(basename "$0") <path to clang-apigw> <repo root>" >&2
  exit 2
fi
TOOL=$(realpath "$1")
REPO=$(realpath "$2")
if [[ ! -x $TOOL ]]; then
  echo "FAIL: clang-apigw not found or not executable at $1 (build it: scripts/build.sh)" >&2
  exit 1
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/apigw-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# run <stdout file> <stderr file> <command...>: runs the command, never aborts the
# script, and leaves its exit status in $status.
run() {
  local out=$1 err=$2
  shift 2
  status=0
  "$@" >"$out" 2>"$err" || status=$?
}

# show <file...>: prints files for the log, framed.
show() {
  local f
  for f in "$@"; do
    echo "--- $f ---" >&2
    cat "$f" >&2 || true
  done
}

# json_string <text>: the text as a JSON string literal (for compile_commands.json).
json_string() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

# write_ping_source <file> <function name> <route>: a tiny annotated handler.
write_ping_source() {
  cat >"$1" <<CPP
#include <string>

// A tiny handler for the end-to-end tests.
[[clang::annotate("get=$3"), clang::annotate("aws_lambda_uri=\${$2_invoke_arn}")]]
std::string $2();
CPP
}

# fixture_args <fixture dir>: the fixture's extra options (its `args` file), one per line,
# surrounding blanks trimmed and blank lines dropped, as run_fixture.cmake reads them.
fixture_args() {
  [[ -f $1/args ]] || return 0
  sed 's/^[[:space:]]*//; s/[[:space:]]*$//; /^$/d' "$1/args"
}

# for_each_success_fixture <function>: runs `<function> <fixture dir>` for every
# fixtures/*/ with an expected.json, a few at a time (each run is mostly Clang parsing),
# and fails with what the runs printed, if anything. Sets FIXTURE_COUNT.
for_each_success_fixture() {
  local dirs=() expected jobs i dir problems
  for expected in "$REPO"/fixtures/*/expected.json; do
    dirs+=("$(dirname "$expected")")
  done
  ((${#dirs[@]} > 0)) || fail "no fixtures found"
  jobs=$(nproc 2>/dev/null || echo 2)
  ((jobs > 8)) && jobs=8
  for ((i = 0; i < ${#dirs[@]}; i += jobs)); do
    for dir in "${dirs[@]:i:jobs}"; do
      "$1" "$dir" >"$WORK/$(basename "$dir").result" &
    done
    wait
  done
  problems=$(cat "$WORK"/*.result)
  [[ -z $problems ]] || fail "$problems"
  FIXTURE_COUNT=${#dirs[@]}
}
