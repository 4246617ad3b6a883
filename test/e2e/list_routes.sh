#!/usr/bin/env bash
# --list-routes prints one Clang-style note per route at its handler (for
# editors' external tools), and --quiet keeps stderr to diagnostics only.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
cat > routes.cpp <<'CPP'
#include <string>
struct Pet { std::string name; };

[[clang::annotate("get=/pets/{name}"), clang::annotate("aws_lambda_uri=${pets_fn}")]]
Pet get_pet(std::string name);

[[clang::annotate("post=/orders"), clang::annotate("aws_sfn_sync_arn=${flow}"),
  clang::annotate("aws_iam_arn=${role}"), clang::annotate("operation_id=placeOrder")]]
Pet place_order(const Pet &pet);
CPP
run out.txt err.txt "$TOOL" --quiet --list-routes routes.cpp -- -std=c++20
[[ $status == 0 ]] || fail "exit $status: $(cat err.txt)"
expected='routes.cpp:5:5: note: GET /pets/{name} -> aws_proxy ${pets_fn} (get_pet)
routes.cpp:9:5: note: POST /orders -> aws arn:aws:apigateway:${region}:states:action/StartSyncExecution (placeOrder)'
[[ $(cat out.txt) == "$expected" ]] || fail "routes:
$(cat out.txt)
expected:
$expected"
[[ ! -s err.txt ]] || fail "--quiet still printed: $(cat err.txt)"

# With an error, only the diagnostic (no summary line) and exit status 1.
sed -i 's/aws_lambda_uri/aws_lamda_uri/' routes.cpp
run out.txt err.txt "$TOOL" --quiet --list-routes routes.cpp -- -std=c++20
[[ $status == 1 ]] || fail "a bad key exited $status"
grep -q "^routes.cpp:4:40: error: unknown annotation key 'aws_lamda_uri'" err.txt || fail "$(cat err.txt)"
! grep -q "generated" err.txt || fail "--quiet printed a summary"
echo "ok"
