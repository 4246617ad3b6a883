#!/usr/bin/env bash
# Builds, installs the OpenAPI validator's node modules when needed, then runs
# every CTest. Extra arguments go to ctest (e.g. -R fixture/ or -L e2e).
# The exit status is ctest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/build.sh

validator=test/validator
# npm ci writes node_modules/.package-lock.json; it is newer than package-lock.json
# unless the lock file changed since the last install.
stamp=$validator/node_modules/.package-lock.json
if [[ ! -f $stamp || $validator/package-lock.json -nt $stamp ]]; then
  npm ci --prefix "$validator" --no-audit --no-fund --loglevel=error
fi

status=0
ctest --test-dir build --output-on-failure -j2 "$@" || status=$?
exit "$status"
