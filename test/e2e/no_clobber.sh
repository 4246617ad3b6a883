#!/usr/bin/env bash
# On failure no output file is created or changed (temporary file + rename; docs/design.md):
# an existing file keeps its bytes, a missing one is not created, no temporary is left
# behind; on success the file is written.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

src=$WORK/src
out=$WORK/out
mkdir -p "$src" "$out"
write_ping_source "$src/good.cpp" ping /health
cat >"$src/syntax_error.cpp" <<'CPP'
#include <string>

[[clang::annotate("get=/broken"), clang::annotate("aws_lambda_uri=${broken_invoke_arn}")]]
std::string broken(;   // does not parse
CPP
cat >"$src/bad_annotation.cpp" <<'CPP'
#include <string>

// A known key with a misspelt integration key: an input error, not a crash.
[[clang::annotate("get=/typo"), clang::annotate("aws_lambda_urii=${typo_invoke_arn}")]]
std::string typo();
CPP

tool() { # tool <source> <tool options...>
  local source=$1
  shift
  (cd "$src" && "$TOOL" "$@" "$source" -- -std=c++20 "-I$REPO/annotations")
}

# 1. A good source writes the file.
status=0
tool good.cpp -o "$out/api.json" 2>"$WORK/err" || status=$?
((status == 0)) || { show "$WORK/err"; fail "good source: exit status $status, expected 0"; }
[[ -s $out/api.json ]] || fail "good source: $out/api.json not written"
grep -qF '"/health"' "$out/api.json" || { show "$out/api.json"; fail "good source: /health missing"; }

for bad in syntax_error.cpp bad_annotation.cpp; do
  # 2. An existing output keeps its bytes.
  printf 'previous contents of %s\n' "$bad" >"$out/existing.json"
  cp "$out/existing.json" "$WORK/existing.orig"
  status=0
  tool "$bad" -o "$out/existing.json" >"$WORK/stdout" 2>"$WORK/err" || status=$?
  ((status == 1)) || { show "$WORK/err"; fail "$bad: exit status $status, expected 1"; }
  cmp -s "$out/existing.json" "$WORK/existing.orig" ||
    { show "$out/existing.json"; fail "$bad: the existing output file was changed"; }
  grep -q 'error:' "$WORK/err" || { show "$WORK/err"; fail "$bad: no 'error:' diagnostic on stderr"; }

  # 3. A missing output is not created.
  status=0
  tool "$bad" -o "$out/new.json" >"$WORK/stdout" 2>"$WORK/err" || status=$?
  ((status == 1)) || { show "$WORK/err"; fail "$bad: exit status $status, expected 1"; }
  [[ ! -e $out/new.json ]] || fail "$bad: $out/new.json was created although the tool failed"
done

# 4. Nothing else was left in the output directory (no temporary files).
leftovers=$(cd "$out" && find . -mindepth 1 ! -name api.json ! -name existing.json | sort)
[[ -z $leftovers ]] || fail "files left behind in the output directory: $leftovers"

# 5. An output that cannot be written is an I/O failure (2), not a crash.
status=0
tool good.cpp -o "$WORK/no/such/dir/api.json" >"$WORK/stdout" 2>"$WORK/err" || status=$?
((status == 2)) || { show "$WORK/err"; fail "unwritable output: exit status $status, expected 2"; }
echo "ok: outputs are written only on success"
