#!/usr/bin/env bash
# The tool still finds Clang's builtin headers (<stddef.h>, <stdarg.h>) when its binary
# has been copied out of the build tree: the resource directory must not be guessed from
# the executable's location alone.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

mkdir -p "$WORK/bin" "$WORK/src"
cp "$TOOL" "$WORK/bin/clang-apigw"
cat >"$WORK/src/input.cpp" <<'CPP'
#include <stdarg.h>
#include <stddef.h>
#include <string>

// Uses both builtin headers, so a missing resource directory is a hard error.
inline size_t count_args(int n, ...) {
  va_list ap;
  va_start(ap, n);
  size_t total = 0;
  for (int i = 0; i < n; ++i) total += va_arg(ap, int);
  va_end(ap);
  return total;
}

[[clang::annotate("get=/copied/ping"), clang::annotate("aws_lambda_uri=${copied_ping_invoke_arn}")]]
std::string copied_ping(size_t count);
CPP

cd "$WORK/src"
run "$WORK/out.json" "$WORK/err.txt" "$WORK/bin/clang-apigw" input.cpp -- -std=c++20 "-I$REPO/annotations"
if ((status != 0)); then
  show "$WORK/err.txt"
  fail "the copied binary exited with $status, expected 0 (resource directory not found?)"
fi
grep -qF '"/copied/ping"' "$WORK/out.json" || { show "$WORK/out.json"; fail "output does not mention /copied/ping"; }
if grep -qiE "'(stddef|stdarg)\.h' file not found" "$WORK/err.txt"; then
  show "$WORK/err.txt"
  fail "builtin headers not found"
fi
echo "ok: the copied binary found Clang's builtin headers"
