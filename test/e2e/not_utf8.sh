#!/usr/bin/env bash
# A source saved as Latin-1 puts bytes that are not UTF-8 into annotation values and doc
# comments. The tool used to end with an uncaught nlohmann::json type_error (316) while
# merging (found by fuzz/constraints_fuzzer); now such bytes become U+FFFD in the output,
# the same through `scan` + `merge` as in one run, and the exit status is 0.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

src=$WORK/src
mkdir -p "$src"
# \351 is e-acute in Latin-1 (0xE9), a lone byte that UTF-8 does not allow.
printf '%b' '#include <string>\n\n/// Caf\351 model.\nstruct Menu {\n  std::string name [[clang::annotate("description=Cr\351pe"), clang::annotate("pattern=^caf\351$")]];\n};\n\n/// Le caf\351.\n[[clang::annotate("get=/menu"), clang::annotate("aws_lambda_uri=${menu_fn}"),\n  clang::annotate("summary=Caf\351"), clang::annotate("tags=caf\351")]]\nMenu menu();\n' >"$src/menu.cpp"

flags=(-std=c++20 "-I$REPO/annotations")
run "$WORK/one.json" "$WORK/one.err" bash -c 'cd "$1" && shift && exec "$@"' _ "$src" \
  "$TOOL" --title=menu menu.cpp -- "${flags[@]}"
((status == 0)) || { show "$WORK/one.err"; fail "exit status $status on a Latin-1 source, expected 0"; }

# U+FFFD (EF BF BD) where the byte was, and no byte that is not UTF-8.
grep -q $'Caf\xef\xbf\xbd' "$WORK/one.json" || { show "$WORK/one.json"; fail "no U+FFFD in the output"; }
if LC_ALL=C grep -q $'\xe9' "$WORK/one.json"; then
  fail "a Latin-1 byte reached the output"
fi
if command -v iconv >/dev/null; then
  iconv -f UTF-8 -t UTF-8 "$WORK/one.json" >/dev/null || fail "the output is not valid UTF-8"
fi

run "$WORK/scan.out" "$WORK/scan.err" bash -c 'cd "$1" && shift && exec "$@"' _ "$src" \
  "$TOOL" scan menu.cpp -o "$WORK/menu.frag" -- "${flags[@]}"
((status == 0)) || { show "$WORK/scan.err"; fail "scan: exit status $status"; }
run "$WORK/merge.out" "$WORK/merge.err" "$TOOL" merge --title=menu "$WORK/menu.frag" -o "$WORK/merged.json"
((status == 0)) || { show "$WORK/merge.err"; fail "merge: exit status $status"; }
cmp -s "$WORK/one.json" "$WORK/merged.json" || {
  diff -u "$WORK/one.json" "$WORK/merged.json" >&2 || true
  fail "scan + merge differs from one run"
}
echo "ok: Latin-1 bytes became U+FFFD, one run == scan + merge"
