//===- ServiceIntegrations.cpp - The parts each integration kind decides --===//
//
// One function per IntegrationKind (SPEC §4.1). AWS service URIs follow
// AWS's `arn:aws:apigateway:{region}:{service}:action/{Action}` and
// `...:{service}:path/{path}` forms, with `${region}` left for Terraform
// (SPEC §5.2).
//
//===----------------------------------------------------------------------===//
#include "IntegrationParts.h"
#include "PathTemplate.h"

#include "EmitContext.h"
#include "HttpMethods.h"
#include "UserText.h"
#include "VtlTemplates.h"

#include <llvm/ADT/StringRef.h>

namespace apigw {

namespace {

std::string awsServiceUri(std::string_view Service, std::string_view Rest) {
  return "arn:aws:apigateway:${region}:" + std::string(Service) + ":" +
         std::string(Rest);
}

std::string option(const Integration &I, const std::string &Key) {
  auto It = I.ServiceOptions.find(Key);
  return It != I.ServiceOptions.end() ? It->second : "";
}

std::vector<const Parameter *> parametersIn(const Operation &Op, ParamIn In) {
  std::vector<const Parameter *> Found;
  for (const Parameter &P : Op.Parameters)
    if (P.In == In)
      Found.push_back(&P);
  return Found;
}

/// In an integration URI a greedy path parameter is referred to by its name
/// alone: `{key+}` becomes `{key}`.
std::string withoutGreedyMarks(llvm::StringRef Text) {
  std::string Out;
  for (size_t I = 0; I < Text.size(); ++I)
    if (!(Text[I] == '+' && I + 1 < Text.size() && Text[I + 1] == '}'))
      Out += Text[I];
  return Out;
}

/// integration.request.<Where>.<name> = method.request.<Where>.<name>;
/// `Name` is already user text.
void forward(IntegrationParts &Parts, std::string_view Where,
             const std::string &Name) {
  std::string Suffix = std::string(Where) + "." + Name;
  Parts.RequestParameters["integration.request." + Suffix] =
      "method.request." + Suffix;
}

/// The path parameters a URI template uses, mapped by name: API Gateway fills
/// `{name}` in an integration URI from integration.request.path.name only.
void forwardPathTemplate(IntegrationParts &Parts, llvm::StringRef UriTemplate) {
  for (const std::string &Name : templateNames(UriTemplate))
    forward(Parts, "path", Name);
}

/// The backend's HTTP error statuses as the client's 400 and 500: without them
/// `default` would answer an S3 403 or a DynamoDB 400 with the success status
/// and the error body. The documented statuses are listed before these.
std::vector<SelectedResponse> statusCatchAlls() {
  return {{"4\\d{2}", "400", "Bad Request"},
          {"5\\d{2}", "500", "Internal Server Error"}};
}

/// Non-proxy integrations whose backend answers with an HTTP status: that
/// status selects the method response, errors through `statusCatchAlls`.
void selectResponsesByStatus(IntegrationParts &Parts, const Operation &Op) {
  Parts.HasResponses = true;
  Parts.SuccessStatus = successStatus(Op);
  Parts.StatusSelectsResponse = true;
  Parts.ErrorResponses = statusCatchAlls();
}

/// The shape shared by the non-proxy AWS service integrations: POST to the
/// service's API, a JSON (or form) request template, and the backend's status
/// selecting the method response. Unmapped content types are refused (415)
/// instead of reaching the service raw.
IntegrationParts awsService(const Operation &Op, std::string Uri,
                            std::string RequestTemplate) {
  IntegrationParts Parts;
  Parts.Type = "aws";
  Parts.HttpMethod = "POST";
  Parts.Uri = std::move(Uri);
  Parts.RequestTemplate = std::move(RequestTemplate);
  Parts.PassthroughBehavior =
      Parts.RequestTemplate.empty() ? "" : "when_no_templates";
  selectResponsesByStatus(Parts, Op);
  return Parts;
}

IntegrationParts lambdaProxy(const Integration &I) {
  IntegrationParts Parts;
  Parts.Type = "aws_proxy";
  Parts.HttpMethod = "POST"; // Lambda is always invoked with POST.
  Parts.Uri = I.Target;
  return Parts;
}

IntegrationParts lambdaDirect(const Operation &Op, const Integration &I) {
  IntegrationParts Parts =
      awsService(Op, I.Target, lambdaDirectRequestTemplate());
  // A Lambda error selects a response by its errorMessage, not by an HTTP
  // status, so the documented statuses cannot be selected by code here. A
  // successful invocation has no errorMessage, so any errorMessage at all is
  // a failure (a function error, or Lambda's own, such as a timeout).
  Parts.StatusSelectsResponse = false;
  Parts.ErrorResponses = {{".+", "500", "Internal Server Error"}};
  return Parts;
}

IntegrationParts stepFunctions(const Operation &Op, const Integration &I,
                               bool Sync) {
  IntegrationParts Parts =
      awsService(Op,
                 awsServiceUri("states", Sync ? "action/StartSyncExecution"
                                              : "action/StartExecution"),
                 stepFunctionsRequestTemplate(I.Target));
  if (Sync)
    Parts.ResponseTemplate = stepFunctionsSyncResponseTemplate();
  return Parts;
}

/// The name the operation declares `Name` under as a header parameter (header
/// names are case-insensitive), or empty.
std::string declaredHeader(const Operation &Op, llvm::StringRef Name) {
  for (const Parameter *P : parametersIn(Op, ParamIn::Header))
    if (Name.equals_insensitive(P->Name))
      return userText(P->Name);
  return "";
}

/// GET/PUT/DELETE/HEAD of one object. The key defaults to the route's path
/// parameters, in order, as fastapi-aws does. As in AWS's "Create a REST API
/// as an Amazon S3 proxy": a PUT passes the client's Content-Type on (S3
/// stores it with the object), a GET or HEAD passes the object's back.
IntegrationParts s3(const Operation &Op, const Integration &I) {
  std::string Key = option(I, "aws_s3_object_key");
  if (Key.empty())
    for (const Parameter *P : parametersIn(Op, ParamIn::Path))
      Key += (Key.empty() ? "{" : "/{") + userText(P->Name) + "}";
  std::string Path =
      I.Target + (Key.empty() ? "" : "/" + withoutGreedyMarks(Key));
  IntegrationParts Parts =
      awsService(Op, awsServiceUri("s3", "path/" + Path), "");
  Parts.HttpMethod = upperMethod(Op.Method);
  forwardPathTemplate(Parts, Key);
  if (Op.Method == "put") {
    std::string Declared = declaredHeader(Op, "Content-Type");
    if (Declared.empty())
      Parts.RequestHeaders.push_back(Declared = "Content-Type");
    Parts.RequestParameters["integration.request.header.Content-Type"] =
        "method.request.header." + Declared;
  } else if (Op.Method == "get" || Op.Method == "head") {
    Parts.SuccessHeaders = {"Content-Type", "ETag"};
  }
  // A missing key is a 403 when the role may not s3:ListBucket (a 404 when it
  // may); either way the client is told the object is not there.
  std::vector<SelectedResponse> Errors = {{"403", "404", "Not Found"},
                                          {"404", "404", "Not Found"}};
  Errors.insert(Errors.end(), Parts.ErrorResponses.begin(),
                Parts.ErrorResponses.end());
  Parts.ErrorResponses = std::move(Errors);
  return Parts;
}

/// The item's partition key when the user gives no pattern: the first path
/// parameter (`/items/{id}`), else the request id (a POST creating an item).
std::string defaultPartitionKey(const Operation &Op) {
  auto Path = parametersIn(Op, ParamIn::Path);
  if (Path.empty())
    return "$context.requestId";
  return escapedForJsonString("$input.params('" + userText(Path.front()->Name) +
                              "')");
}

/// PutItem for POST/PUT, GetItem (or Query with a query expression) for GET,
/// DeleteItem for DELETE.
IntegrationParts dynamoDb(const Operation &Op, const Integration &I) {
  std::string Pk = option(I, "aws_dynamodb_pk_pattern");
  if (Pk.empty())
    Pk = defaultPartitionKey(Op);
  std::string Sk = option(I, "aws_dynamodb_sk_pattern");
  std::string Action, Template;
  if (Op.Method == "get" || Op.Method == "head") {
    std::string Query = option(I, "aws_dynamodb_query_expr");
    Action = Query.empty() ? "GetItem" : "Query";
    Template = Query.empty() ? dynamoDbKeyTemplate(I.Target, Pk, Sk)
                             : dynamoDbQueryTemplate(I.Target, Query);
  } else if (Op.Method == "delete") {
    Action = "DeleteItem";
    Template = dynamoDbKeyTemplate(I.Target, Pk, Sk);
  } else {
    // Without `aws_dynamodb_fields` the request body is kept whole, as a
    // string attribute, rather than dropped.
    std::string Fields = option(I, "aws_dynamodb_fields");
    if (Fields.empty())
      Fields = "\"body\": {\"S\": \"" +
               escapedForJsonString("$input.json('$')") + "\"}";
    Action = "PutItem";
    Template = dynamoDbPutItemTemplate(I.Target, Pk, Sk, Fields);
  }
  return awsService(Op, awsServiceUri("dynamodb", "action/" + Action),
                    std::move(Template));
}

/// SNS and SQS speak the AWS query protocol: a form-encoded POST body.
IntegrationParts queryProtocol(const Operation &Op, std::string Uri,
                               std::string Template) {
  IntegrationParts Parts = awsService(Op, std::move(Uri), std::move(Template));
  Parts.RequestParameters["integration.request.header.Content-Type"] =
      "'application/x-www-form-urlencoded'";
  return Parts;
}

IntegrationParts sns(const Operation &Op, const Integration &I) {
  return queryProtocol(Op, awsServiceUri("sns", "action/Publish"),
                       snsPublishTemplate(I.Target));
}

/// The target is `<account id>/<queue name>`, the queue's path on SQS.
IntegrationParts sqs(const Operation &Op, const Integration &I) {
  return queryProtocol(Op, awsServiceUri("sqs", "path/" + I.Target),
                       sqsSendMessageTemplate());
}

/// HTTP proxy passes query string and headers through by itself; non-proxy
/// HTTP forwards only what is mapped, so every declared query and header
/// parameter is (SPEC §5.2).
IntegrationParts http(const Operation &Op, const Integration &I, bool Proxy) {
  IntegrationParts Parts;
  Parts.Type = Proxy ? "http_proxy" : "http";
  Parts.HttpMethod = upperMethod(Op.Method);
  Parts.Uri = withoutGreedyMarks(I.Target);
  forwardPathTemplate(Parts, I.Target);
  if (Proxy)
    return Parts;
  for (const Parameter *P : parametersIn(Op, ParamIn::Query))
    forward(Parts, "querystring", userText(P->Name));
  for (const Parameter *P : parametersIn(Op, ParamIn::Header))
    forward(Parts, "header", userText(P->Name));
  selectResponsesByStatus(Parts, Op);
  return Parts;
}

/// `mock_response=<status>[:<json body>]`: the request template picks the
/// status, the default response writes the body (AWS's mock examples pass
/// unmapped content types through rather than refuse them).
IntegrationParts mock(const Integration &I) {
  auto [Status, Body] = llvm::StringRef(I.Target).split(':');
  IntegrationParts Parts;
  Parts.Type = "mock";
  Parts.RequestTemplate = mockRequestTemplate(Status.trim());
  Parts.PassthroughBehavior = "when_no_match";
  Parts.HasResponses = true;
  Parts.SuccessStatus = Status.trim().str();
  Parts.ResponseTemplate = Body.str();
  return Parts;
}

} // namespace

IntegrationParts integrationParts(const Operation &Op, const Integration &I) {
  switch (I.Kind) {
  case IntegrationKind::LambdaProxy:
    return lambdaProxy(I);
  case IntegrationKind::LambdaDirect:
    return lambdaDirect(Op, I);
  case IntegrationKind::StepFunctionsSync:
    return stepFunctions(Op, I, /*Sync=*/true);
  case IntegrationKind::StepFunctions:
    return stepFunctions(Op, I, /*Sync=*/false);
  case IntegrationKind::S3:
    return s3(Op, I);
  case IntegrationKind::DynamoDB:
    return dynamoDb(Op, I);
  case IntegrationKind::Sns:
    return sns(Op, I);
  case IntegrationKind::Sqs:
    return sqs(Op, I);
  case IntegrationKind::HttpProxy:
    return http(Op, I, /*Proxy=*/true);
  case IntegrationKind::Http:
    return http(Op, I, /*Proxy=*/false);
  case IntegrationKind::Mock:
    return mock(I);
  }
  return lambdaProxy(I);
}

} // namespace apigw
