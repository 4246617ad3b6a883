#!/usr/bin/env bash
# Installs what the sanitizer and fuzzing builds need on top of scripts/install-deps.sh:
# clang-19 and its compiler-rt runtimes (libFuzzer, ASan, UBSan live in libclang-rt-19-dev).
# Idempotent and silent when everything is there; used by fuzz/run.sh and
# scripts/test-sanitized.sh.
set -euo pipefail

packages=(clang-19 libclang-rt-19-dev)
missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$pkg")
done
((${#missing[@]} == 0)) && exit 0

echo "install-sanitizer-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-sanitizer-deps: not root and sudo is not available; install: ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
