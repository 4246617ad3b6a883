#!/usr/bin/env bash
# A handler annotated partly on its header declaration and partly on its .cpp definition,
# and an enum mapped by NLOHMANN_JSON_SERIALIZE_ENUM in that .cpp only, over two units of
# which one includes only the header. Not a conflict: the document holds what the unit
# that sees both declarations sees, the same from a whole run in either database order
# and -j, and from scan + merge of the fragments in either order. A header key that the
# header-only unit sees differently is still a conflict, with a note naming both units.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

proj=$WORK/project
out=$WORK/out
mkdir -p "$proj/include" "$proj/src" "$out"
cat >"$proj/include/pets.hpp" <<'CPP'
#pragma once
#include <cstdint>
#include <string>
#ifndef PETS_URI
#define PETS_URI "${get_pet_invoke_arn}"
#endif

enum class Status { Available, Sold };

struct Pet {
  std::int64_t id;
  std::string name;
  Status status;
};

[[clang::annotate("get=/pets/{pet_id}"), clang::annotate("aws_lambda_uri=" PETS_URI)]]
Pet get_pet(std::int64_t pet_id);
CPP
cat >"$proj/src/pets.cpp" <<'CPP'
#include "pets.hpp"

#include <nlohmann/json.hpp>

NLOHMANN_JSON_SERIALIZE_ENUM(Status, {{Status::Available, "available"}, {Status::Sold, "sold"}})

/// Find a pet by its id.
[[clang::annotate("tags=pets")]]
Pet get_pet(std::int64_t pet_id) { return {pet_id, "Rex", Status::Available}; }
CPP
cat >"$proj/src/owners.cpp" <<'CPP'
#include "pets.hpp"

[[clang::annotate("get=/owners/{owner_id}/pet"),
  clang::annotate("aws_lambda_uri=${owner_pet_invoke_arn}")]]
Pet owner_pet(std::int64_t owner_id);
CPP

# write_db <owners.cpp flags> <source...>: compile_commands.json listing the sources in order.
write_db() {
  local owners_flags=$1 sep='' src flags
  shift
  {
    echo '['
    for src in "$@"; do
      flags=''
      [[ $src == owners.cpp ]] && flags=$owners_flags
      printf '%s  { "directory": %s, "file": "src/%s",\n' "$sep" "$(json_string "$proj")" "$src"
      printf '    "command": %s }' \
        "$(json_string "/usr/bin/clang++-19 -std=c++20 -Iinclude $flags -c src/$src -o $src.o")"
      sep=$',\n'
    done
    printf '\n]\n'
  } >"$proj/compile_commands.json"
}

# tool <label> <out file> <args...>: runs the tool in the project; fails the test unless it
# exits 0.
tool() {
  local label=$1 file=$2
  shift 2
  run "$file" "$out/err" bash -c 'cd "$1" && shift && exec "$@"' _ "$proj" "$TOOL" "$@"
  ((status == 0)) || { show "$out/err"; fail "$label: exit status $status, expected 0"; }
}

write_db '' pets.cpp owners.cpp
tool 'whole run, pets.cpp first' "$out/whole1.json" -p . -j1
write_db '' owners.cpp pets.cpp
tool 'whole run, owners.cpp first' "$out/whole2.json" -p . -j2
tool 'scan pets.cpp' "$out/scan" scan -p . src/pets.cpp -o "$out/pets.frag"
tool 'scan owners.cpp' "$out/scan" scan -p . src/owners.cpp -o "$out/owners.frag"
tool 'merge pets, owners' "$out/merge1.json" merge "$out/pets.frag" "$out/owners.frag"
tool 'merge owners, pets' "$out/merge2.json" merge "$out/owners.frag" "$out/pets.frag"

for f in whole2 merge1 merge2; do
  cmp -s "$out/whole1.json" "$out/$f.json" || {
    diff -u "$out/whole1.json" "$out/$f.json" >&2 || true
    fail "$f differs from the whole run"
  }
done
# What only pets.cpp sees made it into the document.
for expected in '"tags": [' '"summary": "Find a pet by its id."' '"available"'; do
  grep -qF "$expected" "$out/whole1.json" || { show "$out/whole1.json"; fail "no $expected"; }
done
grep -qF '"Available"' "$out/whole1.json" && { show "$out/whole1.json"; fail "enumerator names won over the mapping"; }

# owners.cpp sees the header's integration key with another value: a real conflict.
write_db "'-DPETS_URI=\"\${other_invoke_arn}\"'" pets.cpp owners.cpp
run "$out/conflict.json" "$out/conflict.err" bash -c 'cd "$1" && exec "$2" -p . -o out.json' _ "$proj" "$TOOL"
((status == 1)) || { show "$out/conflict.err"; fail "conflict: exit status $status, expected 1"; }
[[ ! -e $proj/out.json ]] || fail "conflict: an output was written"
# Units named by the database are named by their absolute paths.
note="note: 'aws_lambda_uri' is \"\${get_pet_invoke_arn}\" in unit $proj/src/pets.cpp and"
note+=" \"\${other_invoke_arn}\" in unit $proj/src/owners.cpp"
grep -qF "route 'GET /pets/{pet_id}' has different definitions in different translation units" \
  "$out/conflict.err" && grep -qF "$note" "$out/conflict.err" ||
  { show "$out/conflict.err"; fail "conflict: not reported with the note naming both units"; }
echo "ok: split declarations merge to one document, in any order; a real conflict names both units"
