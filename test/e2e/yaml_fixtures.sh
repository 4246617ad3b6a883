#!/usr/bin/env bash
# Every golden fixture, written with --format=yaml, reads back as the same data as its
# JSON with independent YAML parsers: js-yaml (YAML 1.2) and PyYAML (YAML 1.1, which also
# turns yes/no/on/off, dates and sexagesimals into non-strings). The JSON is that of the
# same build, so a stale golden does not fail this test (its fixture test does).
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

# Both parsers are required (scripts/install-deps.sh installs python3-yaml, scripts/test.sh
# the node modules). Debian's python3 is named in full: a python3 earlier on PATH (a venv)
# may lack the yaml module.
js_yaml=$REPO/test/validator/node_modules/js-yaml
python=/usr/bin/python3
command -v node >/dev/null && [[ -d $js_yaml ]] ||
  fail "js-yaml is missing: npm ci --prefix test/validator (scripts/test.sh does this)"
"$python" -c 'import yaml' 2>/dev/null ||
  fail "PyYAML is missing: apt-get install python3-yaml (scripts/install-deps.sh does this)"

# check_fixture <dir>: prints nothing on success, the problem otherwise.
check_fixture() {
  local dir=$1 name args format status
  name=$(basename "$dir")
  mapfile -t args < <(fixture_args "$dir")
  for format in json yaml; do
    status=0
    (cd "$dir" && "$TOOL" --quiet "${args[@]}" "--format=$format" input.cpp -- -std=c++20 \
      "-I$REPO/annotations" -I.) >"$WORK/$name.$format" 2>"$WORK/$name.err" || status=$?
    ((status == 0)) || { echo "$name: exit status $status ($format)"; cat "$WORK/$name.err"; return; }
  done
  node -e '
      const fs = require("fs"), yaml = require(process.argv[1]);
      const a = yaml.load(fs.readFileSync(process.argv[2], "utf8"));
      const b = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
      if (JSON.stringify(a) !== JSON.stringify(b)) process.exit(1);
    ' "$js_yaml" "$WORK/$name.yaml" "$WORK/$name.json" || echo "$name: js-yaml reads the YAML differently"
  "$python" - "$WORK/$name.yaml" "$WORK/$name.json" <<'PY' || echo "$name: PyYAML reads the YAML differently"
import json, sys, yaml
a = yaml.safe_load(open(sys.argv[1], encoding="utf-8", newline=""))
b = json.load(open(sys.argv[2], encoding="utf-8", newline=""))
sys.exit(0 if json.dumps(a) == json.dumps(b) else 1)
PY
}

for_each_success_fixture check_fixture
echo "ok: $FIXTURE_COUNT fixtures as YAML"
