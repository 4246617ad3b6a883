#!/usr/bin/env bash
# Same input, byte-identical output, whatever the order of the sources (in the database and
# on the command line), the -j value or the run. The three sources share a header
# whose model must be merged, not duplicated.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

proj=$WORK/project
mkdir -p "$proj/src" "$WORK/out"
cat >"$proj/src/models.hpp" <<'CPP'
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

/// A pet, shared by every translation unit.
struct Pet {
  std::int64_t id;
  std::string name;
  std::optional<std::string> tag;
};

struct NewPet {
  std::string name;
  std::optional<std::string> tag;
};
CPP
cat >"$proj/src/s1.cpp" <<'CPP'
#include "models.hpp"

[[clang::annotate("get=/pets"), clang::annotate("tags=pets"),
  clang::annotate("aws_lambda_uri=${list_pets_invoke_arn}")]]
std::vector<Pet> list_pets(std::optional<int> limit);
CPP
cat >"$proj/src/s2.cpp" <<'CPP'
#include "models.hpp"

[[clang::annotate("get=/pets/{pet_id}"), clang::annotate("tags=pets"),
  clang::annotate("aws_lambda_uri=${get_pet_invoke_arn}")]]
Pet get_pet(std::int64_t pet_id);

[[clang::annotate("delete=/pets/{pet_id}"), clang::annotate("tags=pets"),
  clang::annotate("aws_lambda_uri=${delete_pet_invoke_arn}")]]
void delete_pet(std::int64_t pet_id);
CPP
cat >"$proj/src/s3.cpp" <<'CPP'
#include "models.hpp"

[[clang::annotate("post=/pets"), clang::annotate("tags=pets,admin"),
  clang::annotate("aws_lambda_uri=${create_pet_invoke_arn}")]]
Pet create_pet(const NewPet& pet);

[[clang::annotate("get=/health"), clang::annotate("mock_response=200")]]
void health();
CPP

# write_db <source...>: compile_commands.json listing the sources in that order.
write_db() {
  local sep='' src
  {
    echo '['
    for src in "$@"; do
      printf '%s  { "directory": %s, "file": "src/%s",\n' "$sep" "$(json_string "$proj")" "$src"
      printf '    "command": %s }' \
        "$(json_string "/usr/bin/clang++-19 -std=c++20 -I$REPO/annotations -Isrc -c src/$src -o $src.o")"
      sep=$',\n'
    done
    printf '\n]\n'
  } >"$proj/compile_commands.json"
}

n=0
# scan <label> <db order> -- <tool args...>
scan() {
  local label=$1 order=$2
  shift 3
  # shellcheck disable=SC2086 # the order is a word list on purpose
  write_db $order
  n=$((n + 1))
  local st=0
  (cd "$proj" && exec "$TOOL" -p "$proj" "$@") >"$WORK/out/$n.json" 2>"$WORK/out/$n.err" || st=$?
  ((st == 0)) || { show "$WORK/out/$n.err"; fail "$label: exit status $st, expected 0"; }
  echo "$n: $label" >>"$WORK/out/index"
}

scan 'db 1,2,3'               's1.cpp s2.cpp s3.cpp' -- -j1
scan 'db 1,2,3 again'         's1.cpp s2.cpp s3.cpp' -- -j1
scan 'db 3,1,2 -j1'           's3.cpp s1.cpp s2.cpp' -- -j1
scan 'db 2,3,1 -j2'           's2.cpp s3.cpp s1.cpp' -- -j2
scan 'db 3,2,1 -j2'           's3.cpp s2.cpp s1.cpp' -- -j2
scan 'db 1,2,3 default -j'    's1.cpp s2.cpp s3.cpp' --
scan 'args 3,1,2 -j2'         's1.cpp s2.cpp s3.cpp' -- -j2 src/s3.cpp src/s1.cpp src/s2.cpp
scan 'args 2,1,3 -j1'         's1.cpp s2.cpp s3.cpp' -- -j1 src/s2.cpp src/s1.cpp src/s3.cpp
scan 'args absolute 1,3,2 -j2' 's1.cpp s2.cpp s3.cpp' -- -j2 "$proj/src/s1.cpp" "$proj/src/s3.cpp" "$proj/src/s2.cpp"

[[ -s $WORK/out/1.json ]] || fail "empty output"
for path in /pets '/pets/{pet_id}' /health; do
  grep -qF "\"$path\"" "$WORK/out/1.json" || { show "$WORK/out/1.json"; fail "output does not mention $path"; }
done
different=0
for ((i = 2; i <= n; i++)); do
  if ! cmp -s "$WORK/out/1.json" "$WORK/out/$i.json"; then
    echo "DIFFERENT: run $(sed -n "${i}p" "$WORK/out/index") vs run $(sed -n 1p "$WORK/out/index")" >&2
    diff -u "$WORK/out/1.json" "$WORK/out/$i.json" >&2 || true
    different=1
  fi
done
((different == 0)) || fail "output depends on source order, -j or the run"
echo "ok: $n runs, byte-identical output"
