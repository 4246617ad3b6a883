//===- IntegrationEmitter.cpp - x-amazon-apigateway-integration -----------===//
#include "emit/IntegrationEmitter.h"

#include "integrations/Registry.h"
#include "emit/UserText.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/ADT/StringRef.h>

namespace apigw {

namespace {

using nlohmann::ordered_json;

void toUserText(std::monostate &) {}
void toUserText(S3Object &Object) { Object.Key = userText(Object.Key); }
void toUserText(DynamoDbItem &Item) {
  for (std::string *Text : {&Item.PartitionKey, &Item.SortKey, &Item.Fields, &Item.QueryExpression})
    *Text = userText(*Text);
}
void toUserText(MockResponse &Response) { Response.Body = userText(Response.Body); }

/// `Op` with every user string its integration's parts may copy (the
/// integration's values, the parameters' names) passed through UserText.h,
/// so that no kind can forget one.
Operation userOperation(const Operation &Op) {
  Operation User = Op;
  Integration &I = User.Target;
  for (std::string *Text :
       {&I.Target, &I.Credentials, &I.RequestTemplate, &I.ResponseTemplate,
        &I.PassthroughBehavior, &I.ContentHandling, &I.VpcLinkId})
    *Text = userText(*Text);
  for (RequestParameterMapping &M : I.RequestParameters) {
    M.Target = userText(M.Target);
    M.Source = userText(M.Source);
  }
  std::visit([](auto &Options) { toUserText(Options); }, I.Options);
  for (Parameter &P : User.Parameters)
    P.Name = userText(P.Name);
  return User;
}

bool isStatusCode(llvm::StringRef Status) {
  return Status.size() == 3 && llvm::all_of(Status, llvm::isDigit);
}

/// `default` answers with the success status, and is what no pattern
/// matches (AWS). When the backend's status selects the response, each other
/// documented status gets a pattern that matches exactly it (AWS: a status
/// must correspond to a response the operation declares); then the kind's
/// own patterns, most specific first, so errors the user did not document
/// still reach the client as errors.
ordered_json integrationResponses(const Operation &Op,
                                  const IntegrationParts &Parts,
                                  const Integration &I) {
  ordered_json Default = {{"statusCode", Parts.SuccessStatus}};
  if (!Parts.SuccessHeaders.empty()) {
    ordered_json Mapped = ordered_json::object();
    for (const std::string &Header : Parts.SuccessHeaders)
      Mapped["method.response.header." + Header] =
          "integration.response.header." + Header;
    Default["responseParameters"] = std::move(Mapped);
  }
  std::string Template =
      !I.ResponseTemplate.empty() ? I.ResponseTemplate : Parts.ResponseTemplate;
  if (!Template.empty())
    Default["responseTemplates"] = {{"application/json", Template}};
  ordered_json Responses = {{"default", std::move(Default)}};
  if (Parts.StatusSelectsResponse)
    for (const Response &R : Op.Responses)
      if (R.Status != Parts.SuccessStatus && isStatusCode(R.Status))
        Responses[R.Status] = {{"statusCode", R.Status}};
  for (const SelectedResponse &E : Parts.ErrorResponses)
    if (!Responses.contains(E.Pattern))
      Responses[E.Pattern] = {{"statusCode", E.Status}};
  return Responses;
}

/// The kind's mappings, then the user's `aws_request_parameters=`, which win
/// for the same target.
std::map<std::string, std::string>
requestParameters(const IntegrationParts &Parts, const Integration &I) {
  std::map<std::string, std::string> Params = Parts.RequestParameters;
  for (const RequestParameterMapping &M : I.RequestParameters)
    Params[M.Target] = M.Source;
  return Params;
}

/// What the integration's responses require of the operation; none when it
/// has no responses (a proxy).
IntegrationNeeds needsOf(const IntegrationParts &Parts, const ordered_json &Responses) {
  IntegrationNeeds Needs;
  if (!Parts.HasResponses)
    return Needs;
  Needs.SuccessStatus = Parts.SuccessStatus;
  Needs.SuccessHeaders = Parts.SuccessHeaders;
  Needs.RequestHeaders = Parts.RequestHeaders;
  for (const SelectedResponse &E : Parts.ErrorResponses) {
    // Only the responses this integration really selects: a documented
    // status's own pattern may have taken the key.
    auto It = Responses.find(E.Pattern);
    if (It == Responses.end() || (*It)["statusCode"] != E.Status)
      continue;
    bool Seen = false;
    for (const auto &[Status, Description] : Needs.ErrorResponses)
      Seen |= Status == E.Status;
    if (!Seen)
      Needs.ErrorResponses.emplace_back(E.Status, E.Description);
  }
  return Needs;
}

/// The shared keys (`I`'s) laid over the kind's parts.
ordered_json integrationObject(const Integration &I, const IntegrationParts &Parts,
                               const ordered_json &Responses) {
  ordered_json Out = {{"type", Parts.Type}};
  if (!Parts.HttpMethod.empty())
    Out["httpMethod"] = Parts.HttpMethod;
  if (!Parts.Uri.empty())
    Out["uri"] = Parts.Uri;
  if (!I.VpcLinkId.empty()) {
    Out["connectionType"] = "VPC_LINK";
    Out["connectionId"] = I.VpcLinkId;
  }
  if (!I.Credentials.empty())
    Out["credentials"] = I.Credentials;
  if (auto Params = requestParameters(Parts, I); !Params.empty())
    Out["requestParameters"] = Params;
  std::string Template =
      !I.RequestTemplate.empty() ? I.RequestTemplate : Parts.RequestTemplate;
  if (!Template.empty())
    Out["requestTemplates"] = {{"application/json", Template}};
  // The extension's documented values are lower case (when_no_match...),
  // unlike the REST API's WHEN_NO_MATCH; accept either from the user.
  std::string Passthrough = !I.PassthroughBehavior.empty()
                                ? llvm::StringRef(I.PassthroughBehavior).lower()
                                : Parts.PassthroughBehavior;
  if (!Passthrough.empty())
    Out["passthroughBehavior"] = Passthrough;
  if (!I.ContentHandling.empty())
    Out["contentHandling"] = I.ContentHandling;
  if (I.TimeoutMs)
    Out["timeoutInMillis"] = *I.TimeoutMs;
  if (Parts.HasResponses)
    Out["responses"] = Responses;
  return Out;
}

} // namespace

EmittedIntegration emitIntegrationAndNeeds(const Operation &Op) {
  const Operation User = userOperation(Op);
  const Integration &I = User.Target;
  const IntegrationParts Parts = kindOf(I).parts(User);
  const ordered_json Responses =
      Parts.HasResponses ? integrationResponses(Op, Parts, I) : ordered_json();
  return {integrationObject(I, Parts, Responses), needsOf(Parts, Responses)};
}

ordered_json emitIntegration(const Operation &Op) { return emitIntegrationAndNeeds(Op).Object; }

} // namespace apigw
