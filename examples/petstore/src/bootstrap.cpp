// The Lambda function's entry point: aws-lambda-cpp's runtime loop answering
// each API Gateway event with the generated router.
#include <apigw/lambda.hpp>

int main() {
  apigw::run_lambda(apigw::routes());
  return 0;
}
