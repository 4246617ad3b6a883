#!/usr/bin/env bash
# `cmake --install` puts the runtime's headers and libraries under a prefix; a
# project outside the repository links clang-apigw::runtime and
# clang-apigw::local_server through find_package(clang-apigw), generates the pet
# router with the installed tool through apigw_add_router(), and its programs run.
# Usage: install_package.sh <build dir> <runtime/test dir> <generated pet_routes.cpp>
set -euo pipefail
build=$(realpath "$1")
here=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/apigw-runtime-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log" || fail "install: $(cat "$work/install.log")"
for f in include/apigw/router.hpp include/apigw/local_server.hpp include/apigw/annotations.hpp \
         lib/cmake/clang-apigw/clang-apigw-runtime.cmake; do
  [[ -e $prefix/$f ]] || fail "not installed: $f"
done

project=$work/project
mkdir -p "$project"
cp "$here/pet_handlers.hpp" "$here/pet_handlers.cpp" "$here/pets_local_main.cpp" "$project/"
cat >"$project/handle_once.cpp" <<'CPP'
// Answers one event from stdin through the generated entry point.
#include <apigw/router.hpp>
#include <iostream>
#include <iterator>
#include <string>

int main() {
  std::string event{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  std::cout << apigw::handle(event) << "\n";
}
CPP
cat >"$project/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(installed_runtime LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
find_package(clang-apigw REQUIRED)
add_library(pets STATIC pet_handlers.cpp)
target_link_libraries(pets PUBLIC clang-apigw::runtime clang-apigw::annotations)
apigw_add_router(pets)
add_executable(handle_once handle_once.cpp)
target_link_libraries(handle_once PRIVATE pets_router)
add_executable(pets_local pets_local_main.cpp)
target_link_libraries(pets_local PRIVATE pets_router clang-apigw::local_server)
CMAKE
cmake -S "$project" -B "$project/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >"$work/configure.log" 2>&1 ||
  fail "configure: $(cat "$work/configure.log")"
grep -q "$prefix/include" "$project/build/build.ninja" || fail "the installed headers were not used"
cmake --build "$project/build" >"$work/build.log" 2>&1 || fail "build: $(cat "$work/build.log")"
# The installed tool writes, from the copied sources, the router the build tree's tool wrote.
diff <(grep -v '^#include "' "$project/build/pets_router.cpp") <(grep -v '^#include "' "$3") ||
  fail "the installed tool's router differs from the build tree's (above)"

answer=$("$project/build/handle_once" <"$here/events/get_pet.json")
[[ $answer == *'"statusCode":200'* && $answer == *'Rex'* ]] || fail "handle_once answered: $answer"
status=0
"$project/build/pets_local" --bogus 1 2>"$work/local.err" || status=$?
[[ $status == 2 ]] || fail "pets_local --bogus exited $status: $(cat "$work/local.err")"
echo "ok"
