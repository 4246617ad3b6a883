#!/usr/bin/env bash
# Rewrites the output blocks of README.md and docs/*.md that disagree with the tool, from its
# real output (test/docs/check_docs.js --regenerate; the rules are in docs/examples.md).
# Then review the change like a golden: `git diff README.md docs/`.
#
#   scripts/regenerate-docs.sh [--tool <clang-apigw>] [<page.md> ...]
#
# Without --tool it builds first (scripts/build.sh) and uses build/bin/clang-apigw; the CMake
# target `regenerate-docs` passes --tool. Without pages, every page is done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

tool=
pages=()
while (($#)); do
  case $1 in
    --tool) tool=${2:?--tool needs a path}; shift 2 ;;
    --tool=*) tool=${1#--tool=}; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "regenerate-docs: unknown option $1" >&2; exit 2 ;;
    *) pages+=("$1"); shift ;;
  esac
done
if [[ -z $tool ]]; then
  scripts/build.sh
  tool=build/bin/clang-apigw
fi
[[ -x $tool ]] || { echo "regenerate-docs: no executable at $tool" >&2; exit 2; }
((${#pages[@]})) || pages=(README.md docs/*.md)

status=0
node test/docs/check_docs.js --regenerate --tool "$tool" --repo . "${pages[@]}" || status=$?
git --no-pager diff --stat -- README.md docs/ || true
echo "Review every change before committing: git diff README.md docs/"
exit "$status"
