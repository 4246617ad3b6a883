#!/usr/bin/env bash
# Installs the Debian packages clang-apigw needs to build and test, and only the
# missing ones. Idempotent; prints nothing when everything is already there.
set -euo pipefail

packages=(
  llvm-19-dev libclang-19-dev libclang-cpp19-dev clang-19 libclang-common-19-dev
  nlohmann-json3-dev libgtest-dev libgmock-dev libyaml-cpp-dev
  libcpp-httplib-dev libcurl4-openssl-dev
  cmake ninja-build g++
  python3-yaml # PyYAML: e2e/yaml_fixtures reads every YAML output with it (/usr/bin/python3)
)
# Node may come from elsewhere (nvm, NodeSource, a CI image): only ask Debian
# for it when it is not already on PATH.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: not root and sudo is not available; install: ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# Recommends are kept on purpose: npm needs ca-certificates (recommended by nodejs) to reach
# the registry over HTTPS.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq "${missing[@]}"
