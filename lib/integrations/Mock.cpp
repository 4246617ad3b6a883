//===- Mock.cpp - mock_response=<status>[:<json body>] --------------------===//
//
// API Gateway answers by itself: the request template picks the status, the
// default response writes the body (AWS's mock examples pass unmapped
// content types through rather than refuse them).
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/VtlTemplates.h"
#include "keys/Values.h"
#include "model/HttpMethods.h"

#include <llvm/ADT/StringRef.h>

#include <algorithm>

namespace apigw {
namespace {

void invalid(const Annotation &A, const std::string &Why, Diagnostics &Diags) {
  addError(Diags, A.Loc, "invalid value for 'mock_response': " + Why);
}

class Mock final : public IntegrationKind {
public:
  Mock()
      : IntegrationKind({.Name = "Mock", .ChoosingKeys = {{"mock_response", verbatim}}}) {}

private:
  void read(const Annotation &Chosen, const Annotations &, Integration &I,
            Diagnostics &Diags) const override {
    auto [Status, Body] = llvm::StringRef(*Chosen.Value).split(':');
    auto Code = parseStatusCode(Status.trim());
    if (!Code) {
      invalid(Chosen,
              llvm::toString(Code.takeError()) + "; write '<status>' or '<status>:<json body>'",
              Diags);
      return;
    }
    if (llvm::StringRef(*Chosen.Value).contains(':'))
      if (auto Json = parseJsonValue(Body); !Json) {
        invalid(Chosen, "its body is " + llvm::toString(Json.takeError()), Diags);
        return;
      }
    I.Options = MockResponse{*Code, Body.str()};
  }
  std::optional<int> fixedStatus(const Integration &I) const override {
    if (!std::holds_alternative<MockResponse>(I.Options))
      return std::nullopt; // Its value was invalid, and reported.
    return optionsOf<MockResponse>(I).Status;
  }
  /// The mock's status is an integration response, which API Gateway only
  /// accepts for a status the method declares.
  void checkRoute(const RouteCheck &Check) const override {
    auto Code = fixedStatus(Check.Op.Target);
    if (!Code)
      return;
    std::string Status = std::to_string(*Code);
    const std::vector<Response> &Responses = Check.Op.Responses;
    if (std::none_of(Responses.begin(), Responses.end(),
                     [&](const Response &R) { return R.Status == Status; }))
      Check.fail("'mock_response' answers " + Status + ", which is not a response of " +
                 routeName(Check.Op.Method, Check.Op.Path) +
                 ": make it the success status ('status_code=" + Status +
                 "') or document it ('response=" + Status + ":<description>')");
  }
  bool passesParameter(const Parameter &, const Operation &) const override { return true; }
  IntegrationParts parts(const Operation &Op) const override {
    const MockResponse &Response = optionsOf<MockResponse>(Op.Target);
    IntegrationParts Parts;
    Parts.Type = "mock";
    Parts.RequestTemplate = mockRequestTemplate(std::to_string(Response.Status));
    Parts.PassthroughBehavior = "when_no_match";
    Parts.HasResponses = true;
    Parts.SuccessStatus = std::to_string(Response.Status);
    Parts.ResponseTemplate = Response.Body;
    return Parts;
  }
};

} // namespace

const IntegrationKind &mockKind() { return registeredInstance<Mock>(); }

} // namespace apigw
