#!/usr/bin/env bash
# Builds the tool, exports examples/petstore's compile database (configure only: the tool
# needs compile_commands.json, not the example's binaries) and writes the example's OpenAPI
# document to examples/petstore/openapi.json. Usable from any directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/build.sh
example=examples/petstore
if [[ ! -f $example/CMakeLists.txt ]]; then
  echo "run-example: $example/CMakeLists.txt does not exist" >&2
  exit 1
fi
generator=()
[[ -f $example/build/CMakeCache.txt ]] || generator=(-G Ninja)
cmake -S "$example" -B "$example/build" "${generator[@]}" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
build/bin/clang-apigw -p "$example/build" -o "$example/openapi.json"
echo "OpenAPI spec written to $PWD/$example/openapi.json"
