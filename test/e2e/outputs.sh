#!/usr/bin/env bash
# The outputs beside the spec (docs/outputs.md): --format yaml reads back as the same data
# with independent YAML parsers (js-yaml for YAML 1.2, PyYAML for 1.1), --public-output
# has no x-amazon-apigateway-* key, --tf-vars declares exactly the placeholders, --check
# compares without writing, and a run that cannot write one output changes none.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

fixture=$REPO/fixtures/cors
out=$WORK/out
mkdir -p "$out"

tool() { # tool <tool options...>: the cors fixture, run in its directory
  (cd "$fixture" && "$TOOL" --quiet "$@" input.cpp -- -std=c++20 "-I$REPO/annotations" -I.)
}

# 1. One run writes the spec (YAML, by extension), the public spec and the variables.
status=0
tool -o "$out/api.yaml" --public-output "$out/public.json" --tf-vars "$out/vars.tf" \
  2>"$WORK/err" || status=$?
((status == 0)) || { show "$WORK/err"; fail "writing all outputs: exit status $status"; }
for f in api.yaml public.json vars.tf; do
  [[ -s $out/$f ]] || fail "$f was not written"
done
tool -o "$out/api.json" 2>"$WORK/err" || { show "$WORK/err"; fail "writing api.json"; }
cmp -s "$out/api.json" "$fixture/expected.json" || fail "api.json differs from the golden"

# 2. The YAML is the same data as the JSON, for every YAML parser at hand.
parsers=0
js_yaml=$REPO/test/validator/node_modules/js-yaml
if command -v node >/dev/null && [[ -d $js_yaml ]]; then
  node -e '
    const fs = require("fs"), yaml = require(process.argv[1]);
    const a = yaml.load(fs.readFileSync(process.argv[2], "utf8"));
    const b = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
    if (JSON.stringify(a) !== JSON.stringify(b)) { console.error("js-yaml: data differ"); process.exit(1); }
  ' "$js_yaml" "$out/api.yaml" "$out/api.json" || fail "js-yaml reads api.yaml differently"
  parsers=$((parsers + 1))
fi
if python3 -c 'import yaml' 2>/dev/null; then
  python3 - "$out/api.yaml" "$out/api.json" <<'PY' || fail "PyYAML (YAML 1.1) reads api.yaml differently"
import json, sys, yaml
a = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
b = json.load(open(sys.argv[2], encoding="utf-8"))
if json.dumps(a) != json.dumps(b):
    sys.exit("PyYAML: data differ")
PY
  parsers=$((parsers + 1))
fi
((parsers > 0)) || fail "no YAML parser to check with (node + npm ci --prefix test/validator, or python3-yaml)"

# 3. The public spec has no API Gateway extension and no generated preflight.
! grep -q 'x-amazon-apigateway' "$out/public.json" || fail "public.json has x-amazon-apigateway keys"
! grep -q 'CORS preflight' "$out/public.json" || fail "public.json has a generated preflight"
grep -q '"reports_preflight"' "$out/public.json" || fail "public.json lost the program's own OPTIONS route"

# 4. vars.tf declares exactly the placeholders of the documents.
declared=$(sed -n 's/^variable "\([^"]*\)" {$/\1/p' "$out/vars.tf")
used=$(cat "$out/api.json" "$out/public.json" | grep -o '\${[A-Za-z_][A-Za-z0-9_-]*}' |
  sed 's/^\${\(.*\)}$/\1/' | sort -u)
[[ $declared == "$used" ]] || fail "vars.tf declares [$declared], the documents use [$used]"
grep -q 'description = "Used in: GET /products integration uri; POST /products integration uri"' \
  "$out/vars.tf" || { show "$out/vars.tf"; fail "vars.tf: shop_fn's description"; }

# 5. --check: up to date, then stale, and nothing is ever written.
check() { tool --check -o "$out/api.yaml" --public-output "$out/public.json" --tf-vars "$out/vars.tf"; }
status=0
check >"$WORK/stdout" 2>"$WORK/err" || status=$?
((status == 0)) || { show "$WORK/err"; fail "--check on fresh outputs: exit status $status"; }
[[ ! -s $WORK/stdout && ! -s $WORK/err ]] || { show "$WORK/stdout" "$WORK/err"; fail "--check printed something while up to date"; }

python3 - "$out/api.yaml" <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(t.replace("  /reports:\n", "  /old-reports:\n", 1))
PY
printf '# edited\n' >>"$out/vars.tf"
rm "$out/public.json"
before=$(cd "$out" && sha256sum api.yaml vars.tf && ls -A | sort)
status=0
check >"$WORK/stdout" 2>"$WORK/err" || status=$?
((status == 1)) || { show "$WORK/err"; fail "--check on stale outputs: exit status $status, expected 1"; }
expected="clang-apigw: $out/api.yaml is stale (4 changes): -GET /old-reports, -OPTIONS /old-reports, +GET /reports, +OPTIONS /reports
clang-apigw: $out/public.json is stale: it does not exist
clang-apigw: $out/vars.tf is stale: descriptions or formatting differ"
[[ $(cat "$WORK/err") == "$expected" ]] || { show "$WORK/err"; fail "--check's summary"; }
[[ ! -s $WORK/stdout ]] || fail "--check wrote to stdout"
after=$(cd "$out" && sha256sum api.yaml vars.tf && ls -A | sort)
[[ $before == "$after" ]] || fail "--check changed the output directory"

# Same data, other bytes: formatting only.
tool -o "$out/api.json" 2>/dev/null
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); open(sys.argv[1],"w").write(json.dumps(d))' "$out/api.json"
status=0
tool --check -o "$out/api.json" 2>"$WORK/err" || status=$?
((status == 1)) && grep -q 'api.json is stale: formatting only (same data)' "$WORK/err" ||
  { show "$WORK/err"; fail "--check on reformatted JSON"; }

# --check needs files.
status=0
tool --check 2>"$WORK/err" >/dev/null || status=$?
((status == 2)) || fail "--check without -o: exit status $status, expected 2"

# 6. A run that cannot write every output writes none.
tool -o "$out/api.json" 2>/dev/null
cp "$out/api.json" "$WORK/api.orig"
listing=$(ls -A "$out" | sort)
status=0
tool --cors -o "$out/api.json" --tf-vars "$out/vars.tf/not-a-dir/x.tf" 2>"$WORK/err" >/dev/null || status=$?
((status == 2)) || { show "$WORK/err"; fail "unwritable --tf-vars: exit status $status, expected 2"; }
cmp -s "$out/api.json" "$WORK/api.orig" || fail "api.json changed although --tf-vars could not be written"
[[ $(ls -A "$out" | sort) == "$listing" ]] || fail "files left behind: $(ls -A "$out")"

# 7. Usage errors: two outputs on stdout, an unknown format, 'scan' with document options.
status=0; tool --public-output - >/dev/null 2>&1 || status=$?
((status == 2)) || fail "two outputs on stdout: exit status $status, expected 2"
status=0; tool --format=toml >/dev/null 2>&1 || status=$?
((status == 2)) || fail "--format=toml: exit status $status, expected 2"
status=0
(cd "$fixture" && "$TOOL" scan --public-output "$out/p.json" input.cpp -o "$out/u.frag" \
  -- -std=c++20 "-I$REPO/annotations") >/dev/null 2>&1 || status=$?
((status == 2)) || fail "scan --public-output: exit status $status, expected 2"

# 8. --format yaml on stdout.
tool --format yaml >"$WORK/stdout.yaml" 2>/dev/null || fail "--format yaml to stdout"
head -1 "$WORK/stdout.yaml" | grep -qx 'openapi: "3.0.1"' || fail "--format yaml: first line"
echo "ok: outputs (yaml, public spec, Terraform variables, --check, all-or-nothing)"
