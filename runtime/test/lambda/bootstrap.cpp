// A Lambda function's main with a generated router: all of it.
#include <apigw/lambda.hpp>

int main() {
  apigw::run_lambda(apigw::routes());
  return 0;
}
