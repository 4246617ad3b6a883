#!/usr/bin/env bash
# Installs missing dependencies, configures build/ (once) and builds.
# Usable from any directory. Extra arguments go to `cmake --build`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
# ccache, when installed, makes rebuilds in a second build tree or a fresh clone cheap.
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [[ ! -f build/CMakeCache.txt ]]; then
  # Release, as the Docker image and a package build it: without -g the build takes about
  # a third less time than RelWithDebInfo (CMakeLists.txt's default for other builds).
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
elif [[ ! -f build/build.ninja && ! -f build/Makefile ]]; then
  cmake -S . -B build # an earlier configure stopped half-way: finish it, same generator
fi
cmake --build build "$@"
