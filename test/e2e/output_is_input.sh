#!/usr/bin/env bash
# An output that names a file the run reads is refused with status 2 and one line, before
# anything is written: a source, a header a unit includes (known only after the scan), the
# compilation database, a fragment given to 'merge' — however the path is spelt.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
mkdir -p src include build
cat >include/pet.h <<'CPP'
#pragma once
#include <string>
struct Pet { std::string name; };
CPP
cat >src/pets.cpp <<'CPP'
#include "pet.h"
[[clang::annotate("get=/pets"), clang::annotate("aws_lambda_uri=${pets_fn}")]] Pet get_pet();
CPP
cat >build/compile_commands.json <<JSON
[{"directory": $(json_string "$WORK"), "file": "src/pets.cpp",
  "arguments": ["clang++", "-std=c++20", "-Iinclude", "-c", "src/pets.cpp"]}]
JSON
ln -s ../include/pet.h src/pet-link.h
snapshot() { find . -type f -o -type l | sort | xargs sha256sum 2>/dev/null; find . | sort; }

# expect_refused <says> <command...>: status 2, one line saying <says>, no file changed.
expect_refused() {
  local says=$1
  shift
  local before
  before=$(snapshot)
  run "$WORK/out.txt" "$WORK/err.txt" "$@"
  ((status == 2)) || { show "$WORK/err.txt"; fail "$*: exit status $status, expected 2"; }
  [[ $(wc -l <"$WORK/err.txt") == 1 ]] || { show "$WORK/err.txt"; fail "$*: expected one line"; }
  grep -qF -- "$says" "$WORK/err.txt" || { show "$WORK/err.txt"; fail "$*: '$says' not said"; }
  rm -f "$WORK/out.txt" "$WORK/err.txt"
  [[ $(snapshot) == "$before" ]] || fail "$*: files changed"
}

expect_refused "-o 'src/pets.cpp' is a source this run reads; name another file" \
  "$TOOL" -p build -o src/pets.cpp
expect_refused "-o './src/../src/pets.cpp' is a source this run reads" \
  "$TOOL" -p build src/pets.cpp -o ./src/../src/pets.cpp
expect_refused "--tf-vars 'build/compile_commands.json' is the compilation database this run reads" \
  "$TOOL" -p build --tf-vars build/compile_commands.json -o api.json
expect_refused "--public-output 'include/pet.h' is a file the scanned units read" \
  "$TOOL" -p build --public-output include/pet.h -o api.json
expect_refused "-o 'src/pet-link.h' is a file the scanned units read" \
  "$TOOL" -p build -o src/pet-link.h
expect_refused "-o 'src/pets.cpp' is a source this run reads" \
  "$TOOL" src/pets.cpp -o src/pets.cpp -- -std=c++20 -Iinclude
expect_refused "-o 'src/pets.cpp' is a source this run reads" \
  "$TOOL" scan -p build src/pets.cpp -o src/pets.cpp
expect_refused "--depfile 'include/pet.h' is a file the scanned units read" \
  "$TOOL" scan -p build src/pets.cpp -o pets.frag --depfile include/pet.h

"$TOOL" scan --quiet -p build src/pets.cpp -o pets.frag || fail "scan to pets.frag"
expect_refused "-o 'pets.frag' is a fragment this run reads" "$TOOL" merge pets.frag -o pets.frag
expect_refused "-o 'include/pet.h' is a file the scanned units read" \
  "$TOOL" merge pets.frag -o include/pet.h

# --check writes nothing, so comparing with an input is allowed (and stale).
run out.txt err.txt "$TOOL" -p build --check -o src/pets.cpp
((status == 1)) || { show err.txt; fail "--check -o <source>: exit status $status, expected 1"; }
"$TOOL" --quiet -p build -o api.json || fail "a run with a fresh output"
echo "ok: outputs that name inputs are refused"
