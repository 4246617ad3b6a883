#!/usr/bin/env bash
# The router generated for the runtime's test API (runtime/test/pet_handlers.hpp) is
# byte for byte runtime/test/pet_routes.expected.cpp, the repository path left out of
# its #include line. APIGW_REGENERATE=1 rewrites the golden instead (what
# scripts/regenerate-goldens.sh does); review it with `git diff runtime/test/`.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

expected=$REPO/runtime/test/pet_routes.expected.cpp
cd "$REPO"
run "$WORK/out" "$WORK/err" "$TOOL" --quiet --router-output "$WORK/routes.cpp" -o "$WORK/api.json" \
  runtime/test/pet_handlers.cpp -- -std=c++20 -Iannotations -Iruntime/include
[[ $status == 0 ]] || { show "$WORK/err"; fail "the tool exited $status"; }
sed "s|^#include \"$REPO/|#include \"|" "$WORK/routes.cpp" >"$WORK/normalized.cpp"
if [[ ${APIGW_REGENERATE:-} == 1 ]]; then
  cp "$WORK/normalized.cpp" "$expected"
  echo "regenerated ${expected#"$REPO"/}"
  exit 0
fi
diff -u "$expected" "$WORK/normalized.cpp" || fail "the generated router differs from ${expected#"$REPO"/} (above); if the change is intended, run scripts/regenerate-goldens.sh and review it"
echo "ok"
