#!/usr/bin/env bash
# Rewrites the golden expectations of the fixtures from the tool's current output:
#   fixtures/<name>/expected.json          success cases, only where the tool exits 0
#                                          (and expected.stderr, when the fixture has one)
#   fixtures/errors/<name>/expected.stderr error cases, only where the tool exits 1
#   runtime/test/pet_routes.expected.cpp   the router generated for the runtime's test API
# using exactly the command the CTests use (test/run_fixture.cmake with REGENERATE=ON).
# Then review the change: `git diff fixtures/`.
#
#   scripts/regenerate-goldens.sh [--tool <clang-apigw>] [<fixture name> ...]
#
# Without --tool it builds first (scripts/build.sh) and uses build/bin/clang-apigw; the CMake
# target `regenerate-goldens` passes --tool. Names select fixtures (`basic`, `errors/x`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

tool=
names=()
while (($#)); do
  case $1 in
    --tool) tool=${2:?--tool needs a path}; shift 2 ;;
    --tool=*) tool=${1#--tool=}; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "regenerate-goldens: unknown option $1" >&2; exit 2 ;;
    *) names+=("${1%/}"); shift ;;
  esac
done
if [[ -z $tool ]]; then
  scripts/build.sh
  tool=$repo/build/bin/clang-apigw
fi
tool=$(realpath "$tool")
[[ -x $tool ]] || { echo "regenerate-goldens: no executable at $tool" >&2; exit 2; }

if ((${#names[@]} == 0)); then
  while IFS= read -r input; do
    name=${input#fixtures/}
    name=${name%/input.cpp}
    [[ $name == errors ]] && continue
    names+=("$name")
  done < <(find fixtures -mindepth 2 -maxdepth 3 -name input.cpp -path 'fixtures/*' | LC_ALL=C sort)
fi

failed=()
for name in "${names[@]}"; do
  name=${name#fixtures/}
  dir=$repo/fixtures/$name
  if [[ ! -f $dir/input.cpp ]]; then
    echo "regenerate-goldens: $dir/input.cpp does not exist" >&2
    failed+=("$name")
    continue
  fi
  if [[ $name == errors/* ]]; then kind=error; else kind=success; fi
  if cmake "-DTOOL=$tool" "-DREPO=$repo" "-DFIXTURE_DIR=$dir" "-DKIND=$kind" -DREGENERATE=ON \
       -P test/run_fixture.cmake; then
    echo "regenerated fixtures/$name"
  else
    failed+=("$name")
  fi
done

# The generated router's golden (docs/runtime.md, "The generated code").
APIGW_REGENERATE=1 bash test/e2e/router_golden.sh "$tool" "$repo" || failed+=("runtime/test/pet_routes.expected.cpp")

echo
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git --no-pager diff --stat -- fixtures/ runtime/test/pet_routes.expected.cpp
  untracked=$(git ls-files --others --exclude-standard -- fixtures/ | grep -E '/expected\.(json|stderr)$' || true)
  if [[ -n $untracked ]]; then
    echo "new expectation files (untracked):"
    sed 's/^/  /' <<<"$untracked"
  fi
  echo "Review every change before committing: git diff fixtures/"
fi
if ((${#failed[@]})); then
  echo "NOT regenerated (see the errors above): ${failed[*]}" >&2
  exit 1
fi
