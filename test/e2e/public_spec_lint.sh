#!/usr/bin/env bash
# Every golden fixture's public spec (--public-output), and the bundled example's, passes
# the linters people run on OpenAPI documents: the validator (test/validator/validate.js),
# Spectral with `spectral:oas` and Redocly with `recommended`, with no error and no
# warning. test/validator/.spectral.yaml and redocly.yaml turn off only the rules that ask
# for what the user alone can write (docs/outputs.md, "Linters"). Each linter runs once
# over all the documents: their start-up costs more than the linting.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

validator=$REPO/test/validator
bin=$validator/node_modules/.bin
[[ -x $bin/spectral && -x $bin/redocly ]] ||
  fail "the linters are missing: npm ci --prefix test/validator (scripts/test.sh does this)"
out=$WORK/public
mkdir -p "$out"

# public_spec <dir>: writes the fixture's public spec to $out/<name>.json; prints problems.
public_spec() {
  local dir=$1 name args status=0
  name=$(basename "$dir")
  mapfile -t args < <(fixture_args "$dir")
  # A fixture whose args already print the public spec keeps them.
  if ! printf '%s\n' "${args[@]}" | grep -q -- '--public-output'; then
    args+=(-o /dev/null --public-output=-)
  fi
  (cd "$dir" && "$TOOL" --quiet "${args[@]}" input.cpp -- -std=c++20 "-I$REPO/annotations" -I.) \
    >"$out/$name.json" 2>"$WORK/$name.err" || status=$?
  ((status == 0)) || { echo "$name: exit status $status"; cat "$WORK/$name.err"; }
}

for_each_success_fixture public_spec
example=$REPO/examples/petstore
(cd "$example" && "$TOOL" --quiet -o /dev/null --public-output="$out/example-petstore.json" \
  src/*.cpp -- -std=c++20 -Iinclude "-I$REPO/annotations" "-I$REPO/runtime/include") 2>"$WORK/example.err" ||
  fail "examples/petstore: $(cat "$WORK/example.err")"

documents=("$out"/*.json)
node "$validator/validate.js" "${documents[@]}" >"$WORK/validate.log" ||
  { grep -v '^ok ' "$WORK/validate.log" >&2; fail "validate.js rejected a public spec"; }

# Spectral fails on any warning with --fail-severity=warn.
(cd "$WORK" && "$bin/spectral" lint --ruleset "$validator/.spectral.yaml" --fail-severity=warn \
  --format=text "${documents[@]}") >"$WORK/spectral.log" 2>&1 ||
  { cat "$WORK/spectral.log" >&2; fail "Spectral (spectral:oas) complains"; }

# Redocly fails on errors only: its summary line must count no warning either.
status=0
(cd "$WORK" && "$bin/redocly" lint --config "$validator/redocly.yaml" --format=stylish \
  --max-problems=10000 "${documents[@]}") >"$WORK/redocly.log" 2>&1 || status=$?
if ((status != 0)) || grep -Eq '[0-9]+ (warning|error)s?\b' "$WORK/redocly.log"; then
  cat "$WORK/redocly.log" >&2
  fail "Redocly (recommended) complains"
fi
echo "ok: ${#documents[@]} public specs pass validate.js, Spectral and Redocly"
