#!/usr/bin/env bash
# A compile database written for GCC (driver /usr/bin/c++, GCC-only flags clang rejects,
# relative `file` entries `./src/a.cpp` and `src/b.cpp`, `command` and `arguments` forms)
# is scanned without errors: the tool drops what Clang does not understand and resolves
# `file` against `directory`.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

db=$WORK/project
mkdir -p "$db/src" "$WORK/elsewhere"

# a.cpp: the basic fixture (with the headers beside it) when it exists, else a ping handler.
basic=$REPO/fixtures/basic
expect_paths=()
if [[ -f $basic/input.cpp ]]; then
  find "$basic" -maxdepth 1 -type f \( -name '*.h' -o -name '*.hpp' -o -name '*.hh' -o -name '*.inc' \) \
    -exec cp {} "$db/src/" \;
  cp "$basic/input.cpp" "$db/src/a.cpp"
  if [[ -f $basic/expected.json ]] && command -v node >/dev/null 2>&1; then
    mapfile -t expect_paths < <(node -e \
      'for (const p of Object.keys(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).paths || {})) console.log(p)' \
      "$basic/expected.json")
  fi
else
  write_ping_source "$db/src/a.cpp" ping /health
  expect_paths+=(/health)
fi
# b.cpp: a handler of its own, with names no fixture uses.
write_ping_source "$db/src/b.cpp" gcc_db_e2e_ping /gcc-db-e2e/ping
expect_paths+=(/gcc-db-e2e/ping)

gcc_flags='-fno-canonical-system-headers -fconcepts-diagnostics-depth=2 -Wno-maybe-uninitialized'
common="-O2 -DNDEBUG -std=gnu++20 $gcc_flags -I$REPO/annotations -I$db/src"
{
  echo '['
  echo "  { \"directory\": $(json_string "$db"),"
  echo "    \"command\": $(json_string "/usr/bin/c++ $common -o CMakeFiles/a.o -c ./src/a.cpp"),"
  echo '    "file": "./src/a.cpp" },'
  echo "  { \"directory\": $(json_string "$db"),"
  printf '    "arguments": ['
  sep=''
  for arg in /usr/bin/c++ $common -o CMakeFiles/b.o -c src/b.cpp; do
    printf '%s%s' "$sep" "$(json_string "$arg")"
    sep=', '
  done
  echo '],'
  echo '    "file": "src/b.cpp" }'
  echo ']'
} >"$db/compile_commands.json"

# Run from an unrelated directory: relative entries must resolve against `directory`.
cd "$WORK/elsewhere"
run "$WORK/out.json" "$WORK/err.txt" "$TOOL" -p "$db"
if ((status != 0)); then
  show "$db/compile_commands.json" "$WORK/err.txt"
  fail "exit status $status, expected 0"
fi
for path in "${expect_paths[@]}"; do
  grep -qF "\"$path\"" "$WORK/out.json" || { show "$WORK/out.json"; fail "output does not mention $path"; }
done
grep -qF '/ping' "$WORK/out.json" || { show "$WORK/out.json"; fail "output does not mention /ping"; }
echo "ok: GCC compile database scanned (${#expect_paths[@]} paths found)"
