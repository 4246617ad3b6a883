#!/usr/bin/env bash
# Every golden fixture, written with --format=yaml, reads back as the same data as its
# golden JSON with independent YAML parsers: js-yaml (YAML 1.2) and PyYAML (YAML 1.1, which
# also turns yes/no/on/off, dates and sexagesimals into non-strings). A stale golden fails
# this test as well as its fixture test.
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

# yaml_of <dir>: writes the fixture's document as YAML to $WORK/yaml/<name>.yaml, the golden
# beside it as <name>.json; prints nothing on success, the problem otherwise.
mkdir -p "$WORK/yaml"
yaml_of() {
  local dir=$1 name args status=0
  name=$(basename "$dir")
  mapfile -t args < <(fixture_args "$dir")
  (cd "$dir" && "$TOOL" --quiet "${args[@]}" --format=yaml input.cpp -- -std=c++20 \
    "-I$REPO/annotations" -I.) >"$WORK/yaml/$name.yaml" 2>"$WORK/$name.err" || status=$?
  ((status == 0)) || { echo "$name: exit status $status"; cat "$WORK/$name.err"; return; }
  cp "$dir/expected.json" "$WORK/yaml/$name.json"
}
for_each_success_fixture yaml_of

# Each parser once over every pair: their start-up costs more than the parsing.
node -e '
    const fs = require("fs"), path = require("path"), yaml = require(process.argv[1]);
    let bad = 0;
    for (const file of fs.readdirSync(process.argv[2]).filter((f) => f.endsWith(".yaml"))) {
      const base = path.join(process.argv[2], file.slice(0, -5));
      const a = yaml.load(fs.readFileSync(base + ".yaml", "utf8"));
      const b = JSON.parse(fs.readFileSync(base + ".json", "utf8"));
      if (JSON.stringify(a) !== JSON.stringify(b)) { console.log(file + ": js-yaml reads the YAML differently"); bad = 1; }
    }
    process.exit(bad);
  ' "$js_yaml" "$WORK/yaml" || fail "js-yaml disagrees"
"$python" - "$WORK/yaml" <<'PY' || fail "PyYAML disagrees"
import json, pathlib, sys, yaml
bad = 0
for file in sorted(pathlib.Path(sys.argv[1]).glob("*.yaml")):
    a = yaml.safe_load(file.open(encoding="utf-8", newline=""))
    b = json.load(file.with_suffix(".json").open(encoding="utf-8", newline=""))
    if json.dumps(a) != json.dumps(b):
        print(f"{file.name}: PyYAML reads the YAML differently")
        bad = 1
sys.exit(bad)
PY
echo "ok: $FIXTURE_COUNT fixtures as YAML"
