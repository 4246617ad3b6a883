#!/usr/bin/env bash
# `cmake --install` puts the tool, the header and the CMake package under a
# prefix; a project outside the repository then finds them with
# find_package(clang-apigw), and the installed tool — run from the prefix,
# outside the build tree — writes through apigw_add_openapi() the same spec
# as the build tree's tool run directly. The outputs that OPTIONS names
# (--public-output, --tf-vars) are build outputs too: deleted, they are
# written again. The outputs are those of a run over the target's sources,
# which differs from a whole-database run when other targets hold handlers.
# A target's source outside the project's tree gets its fragment in the build tree.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

build=$(dirname "$(dirname "$TOOL")")
prefix=$WORK/prefix
cmake --install "$build" --prefix "$prefix" > "$WORK/install.log"
for f in bin/clang-apigw include/apigw/annotations.hpp lib/cmake/clang-apigw/clang-apigwConfig.cmake \
         lib/cmake/clang-apigw/ClangApigw.cmake; do
  [[ -e $prefix/$f ]] || fail "not installed: $f"
done

project=$WORK/project
mkdir -p "$project/src"
cat > "$project/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(installed_use LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
find_package(clang-apigw REQUIRED)
add_library(service STATIC src/pets.cpp src/health.cpp)
target_link_libraries(service PRIVATE clang-apigw::annotations)
apigw_add_openapi(service OUTPUT openapi.json)
add_library(admin STATIC src/admin.cpp)
target_link_libraries(admin PRIVATE clang-apigw::annotations)
apigw_add_openapi(admin OUTPUT admin.json
  OPTIONS --title=admin --public-output admin-public.json --tf-vars=admin.tf)
# A source outside the project's tree, as another tree's add_subdirectory gives.
add_library(shared STATIC ../shared/status.cpp)
target_link_libraries(shared PRIVATE clang-apigw::annotations)
apigw_add_openapi(shared OUTPUT shared.json)
CMAKE
mkdir -p "$WORK/shared"
cat > "$WORK/shared/status.cpp" <<'CPP'
#include <apigw/annotations.hpp>
/// The service's status.
APIGW_GET("/status") APIGW_LAMBDA("${status_fn}")
int status() { return 0; }
CPP
cat > "$project/src/pets.cpp" <<'CPP'
#include <apigw/annotations.hpp>
#include <string>
struct Pet { std::string name; };
/// Returns one pet.
APIGW_GET("/pets/{name}") APIGW_LAMBDA("${pets_fn}")
Pet get_pet(std::string name) { return Pet{name}; }
CPP
cat > "$project/src/health.cpp" <<'CPP'
int health() { return 0; }
CPP
cat > "$project/src/admin.cpp" <<'CPP'
#include <apigw/annotations.hpp>
/// Resets the store.
APIGW_POST("/admin/reset") APIGW_LAMBDA("${admin_fn}")
void reset() {}
CPP
cmake -S "$project" -B "$project/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" > "$WORK/configure.log" ||
  fail "configure: $(cat "$WORK/configure.log")"
grep -q "$prefix/bin/clang-apigw" "$project/build/build.ninja" || fail "the installed tool was not chosen"
cmake --build "$project/build" --target service_openapi > "$WORK/build.log" || fail "build: $(cat "$WORK/build.log")"
"$TOOL" -p "$project/build" -o "$WORK/direct.json" "$project/src/pets.cpp" "$project/src/health.cpp"
cmp "$project/build/openapi.json" "$WORK/direct.json" || fail "the installed tool's spec differs"
grep -q '"/pets/{name}"' "$WORK/direct.json" || fail "route missing"
# The whole database holds admin.cpp too: its run is not the target's document.
"$TOOL" -p "$project/build" -o "$WORK/whole.json"
grep -q '"/admin/reset"' "$WORK/whole.json" || fail "the whole-database run misses /admin/reset"
cmp -s "$project/build/openapi.json" "$WORK/whole.json" &&
  fail "the target's document equals a whole-database run although admin.cpp is not its source"

# A fragment of a source outside the project's tree stays inside the build tree.
cmake --build "$project/build" --target shared_openapi > "$WORK/shared.log" ||
  fail "a source outside the source tree: $(cat "$WORK/shared.log")"
grep -q '"/status"' "$project/build/shared.json" || fail "the outside source's route is missing"
compgen -G "$project/build/apigw/shared/outside/*" > /dev/null || fail "no fragment under apigw/shared/outside/"

# OPTIONS' outputs: written, the same as a run's, and written again when deleted.
cmake --build "$project/build" --target admin_openapi > "$WORK/admin.log" ||
  fail "admin build: $(cat "$WORK/admin.log")"
"$TOOL" -p "$project/build" --title=admin -o "$WORK/admin.json" \
  --public-output "$WORK/admin-public.json" --tf-vars="$WORK/admin.tf" "$project/src/admin.cpp"
for pair in admin.json:admin.json admin-public.json:admin-public.json admin.tf:admin.tf; do
  cmp "$project/build/${pair%%:*}" "$WORK/${pair#*:}" || fail "${pair%%:*} differs from a run's"
done
for file in admin-public.json admin.tf; do
  rm "$project/build/$file"
  cmake --build "$project/build" --target admin_openapi > "$WORK/again.log" ||
    fail "re-build: $(cat "$WORK/again.log")"
  [[ -f $project/build/$file ]] || fail "$file deleted, and the build did not write it again"
done
# The module keeps precompiled preambles in the build tree; an edit re-scans
# over them and changes nothing.
compgen -G "$project/build/apigw/preambles/*.pch" > /dev/null ||
  fail "the module keeps no precompiled preamble"
touch "$project/src/pets.cpp"
cmake --build "$project/build" --target service_openapi > "$WORK/rebuild.log" ||
  fail "re-build: $(cat "$WORK/rebuild.log")"
grep -q "Scanning src/pets.cpp" "$WORK/rebuild.log" || fail "the touched unit was not re-scanned"
cmp "$project/build/openapi.json" "$WORK/direct.json" || fail "the re-scan over the preamble differs"
echo "ok"
