// Runs a route table as an AWS Lambda function with aws-lambda-cpp: each
// invocation's payload is a REST proxy event, answered by apigw::handle.
// Built (target clang-apigw::lambda) only where find_package(aws-lambda-runtime) succeeds.
#pragma once

#include "apigw/router.hpp"

namespace apigw {

// Serves invocations until the Lambda Runtime API stops answering; a
// bootstrap's main is `apigw::run_lambda(apigw::routes()); return 0;`.
void run_lambda(const RouteTable& table);

}  // namespace apigw
