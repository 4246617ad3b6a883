#include "apigw/lambda.hpp"

#include <aws/lambda-runtime/runtime.h>

namespace apigw {

void run_lambda(const RouteTable& table) {
  using namespace aws::lambda_runtime;
  run_handler([&table](const invocation_request& request) {
    return invocation_response::success(handle(table, request.payload), "application/json");
  });
}

}  // namespace apigw
