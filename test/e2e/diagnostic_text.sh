#!/usr/bin/env bash
# The source line under a diagnostic: on a first line that starts with a UTF-8 byte order
# mark, the mark is not printed and the caret still sits under the annotation (the column in
# `file:line:col` counts bytes, the mark included, as Clang's does); characters wider or
# narrower than their bytes (é, 漢) move the caret by what a terminal shows. A NUL byte in
# a path (which only a raw byte in the source can spell) is named '\0' in a one-line message.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
printf '\xef\xbb\xbf[[clang::annotate("get=/pets"), clang::annotate("status_code=2000"), clang::annotate("aws_lambda_uri=${f}")]] int pets();\n' >bom.cpp
printf '/*é漢*/ [[clang::annotate("get=/x"), clang::annotate("status_code=2000"), clang::annotate("aws_lambda_uri=${f}")]] int x();\n' >wide.cpp
for source in bom.cpp wide.cpp; do
  run out.txt err.txt "$TOOL" --quiet "$source" -- -std=c++20
  ((status == 1)) || { show err.txt; fail "$source: exit status $status, expected 1"; }
  cp err.txt "$source.err"
done
expected_bom='bom.cpp:1:36: error: invalid value for '"'"'status_code'"'"': 2000 is not an HTTP status code (100-599)
[[clang::annotate("get=/pets"), clang::annotate("status_code=2000"), clang::annotate("aws_lambda_uri=${f}")]] int pets();
                                ^'
[[ $(cat bom.cpp.err) == "$expected_bom" ]] || { show bom.cpp.err; fail "bom.cpp: caret or column"; }
expected_wide='wide.cpp:1:40: error: invalid value for '"'"'status_code'"'"': 2000 is not an HTTP status code (100-599)
/*é漢*/ [[clang::annotate("get=/x"), clang::annotate("status_code=2000"), clang::annotate("aws_lambda_uri=${f}")]] int x();
                                     ^'
[[ $(cat wide.cpp.err) == "$expected_wide" ]] || { show wide.cpp.err; fail "wide.cpp: caret or column"; }
printf '[[clang::annotate("get=/pe\0ts"), clang::annotate("aws_lambda_uri=${f}")]] int pets();\n' >nul.cpp
run out.txt err.txt "$TOOL" --quiet nul.cpp -- -std=c++20
((status == 1)) || { show err.txt; fail "nul.cpp: exit status $status, expected 1"; }
expected_nul="nul.cpp:1:3: error: invalid path '/pe\\0ts': segment 1 'pe\\0ts' contains '\\0'; API Gateway allows only letters, digits, '-', '.' and '_' outside '{parameters}'"
[[ $(head -1 err.txt) == "$expected_nul" ]] || { show err.txt; fail "nul.cpp: message"; }
echo "ok: carets line up after a byte order mark and wide characters; a NUL is named"
