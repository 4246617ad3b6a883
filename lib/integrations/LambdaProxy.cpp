//===- LambdaProxy.cpp - aws_lambda_uri=, aws_lambda_arn= -----------------===//
//
// API Gateway's Lambda proxy integration: the function gets the whole
// request as a proxy event and answers with the whole response.
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/LambdaUri.h"

namespace apigw {
namespace {

class LambdaProxy final : public IntegrationKind {
public:
  LambdaProxy()
      : IntegrationKind({.Name = "LambdaProxy",
                         .ChoosingKeys = {{"aws_lambda_uri", lambdaInvocationUri},
                                          {"aws_lambda_arn", wrapLambdaArn}},
                         .IsProxy = true}) {}

private:
  bool passesParameter(const Parameter &, const Operation &) const override { return true; }
  IntegrationParts parts(const Operation &Op) const override {
    IntegrationParts Parts;
    Parts.Type = "aws_proxy";
    Parts.HttpMethod = "POST"; // Lambda is always invoked with POST.
    Parts.Uri = Op.Target.Target;
    return Parts;
  }
};

} // namespace

const IntegrationKind &lambdaProxyKind() { return registeredInstance<LambdaProxy>(); }

} // namespace apigw
