//===- LambdaDirect.cpp - aws_lambda_direct_uri= --------------------------===//
//
// Lambda without the proxy: a mapping template builds the function's input
// (by default in the shape of a proxy event, so handlers can share parsing).
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/LambdaUri.h"
#include "integrations/ServiceParts.h"
#include "integrations/VtlTemplates.h"

namespace apigw {
namespace {

class LambdaDirect final : public IntegrationKind {
public:
  LambdaDirect()
      : IntegrationKind({.Name = "LambdaDirect",
                         .ChoosingKeys = {{"aws_lambda_direct_uri", lambdaInvocationUri}}}) {}

private:
  /// The generated template passes every parameter; the user's, only those
  /// it names.
  bool passesParameter(const Parameter &, const Operation &Op) const override {
    return Op.Target.RequestTemplate.empty();
  }
  IntegrationParts parts(const Operation &Op) const override {
    IntegrationParts Parts = awsService(Op, Op.Target.Target, lambdaDirectRequestTemplate());
    // A Lambda error selects a response by its errorMessage, not by an HTTP
    // status, so the documented statuses cannot be selected by code here. A
    // successful invocation has no errorMessage, so any errorMessage at all is
    // a failure (a function error, or Lambda's own, such as a timeout).
    Parts.StatusSelectsResponse = false;
    Parts.ErrorResponses = {{".+", "500", "Internal Server Error"}};
    return Parts;
  }
};

} // namespace

const IntegrationKind &lambdaDirectKind() { return registeredInstance<LambdaDirect>(); }

} // namespace apigw
