//===- IntegrationKeys.cpp ------------------------------------------------===//
#include "IntegrationKeys.h"

#include "PathTemplate.h"

#include "AnnotationText.h"
#include "HttpMethods.h"
#include "LambdaUri.h"
#include "Values.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/ADT/StringRef.h>

#include <algorithm>
#include <functional>

namespace apigw {
namespace {

struct IntegrationKey {
  std::string_view Key;
  IntegrationKind Kind;
  /// Turns the key's value into Integration::Target.
  std::function<std::string(std::string_view)> Target;
  /// AWS service integrations act as a role API Gateway assumes.
  bool NeedsRole;
  /// The route methods it can serve (lower case); empty: every method.
  std::vector<std::string_view> Methods = {};
  /// Why only those, for the error on any other method.
  std::string_view MethodsReason = {};
};

std::string verbatim(std::string_view Value) { return std::string(Value); }

const std::vector<IntegrationKey> &integrationKeys() {
  static const std::vector<IntegrationKey> Keys = {
      {"aws_lambda_uri", IntegrationKind::LambdaProxy, lambdaInvocationUri, false},
      {"aws_lambda_arn", IntegrationKind::LambdaProxy, wrapLambdaArn, false},
      {"aws_lambda_direct_uri", IntegrationKind::LambdaDirect, lambdaInvocationUri, false},
      {"aws_sfn_sync_arn", IntegrationKind::StepFunctionsSync, verbatim, true,
       {"post", "put"},
       "a Step Functions integration starts an execution with the request body as its input"},
      {"aws_sfn_arn", IntegrationKind::StepFunctions, verbatim, true,
       {"post", "put"},
       "a Step Functions integration starts an execution with the request body as its input"},
      {"aws_s3_bucket", IntegrationKind::S3, verbatim, true,
       {"get", "put", "delete", "head"},
       "an S3 integration reads, writes, deletes or checks one object"},
      {"aws_dynamodb_table_name", IntegrationKind::DynamoDB, verbatim, true,
       {"get", "post", "put", "delete"},
       "a DynamoDB integration maps GET to GetItem (or Query), POST and PUT to PutItem, "
       "DELETE to DeleteItem"},
      {"aws_sns_topic_arn", IntegrationKind::Sns, verbatim, true,
       {"post", "put"},
       "an SNS integration publishes the request body"},
      {"aws_sqs_queue", IntegrationKind::Sqs, verbatim, true,
       {"post", "put"},
       "an SQS integration sends the request body as a message"},
      {"http_proxy_uri", IntegrationKind::HttpProxy, verbatim, false},
      {"http_uri", IntegrationKind::Http, verbatim, false},
      {"mock_response", IntegrationKind::Mock, verbatim, false},
  };
  return Keys;
}

const IntegrationKey *integrationKey(std::string_view Key) {
  for (const IntegrationKey &K : integrationKeys())
    if (K.Key == Key)
      return &K;
  return nullptr;
}

const IntegrationKey &integrationKey(IntegrationKind Kind) {
  for (const IntegrationKey &K : integrationKeys())
    if (K.Kind == Kind)
      return K;
  return integrationKeys().front();
}

/// The handler's integration key annotation (mapIntegration checked there
/// is one).
const Annotation *chosenKey(const Annotations &Keys) {
  for (const Annotation &A : Keys)
    if (integrationKey(A.Key))
      return &A;
  return nullptr;
}

std::string integrationKeyList() {
  std::string List;
  for (const IntegrationKey &K : integrationKeys())
    List += (List.empty() ? "" : ", ") + std::string(K.Key) + "=";
  return List;
}

void error(Diagnostics &Diags, const Location &Loc, std::string Message) {
  Diags.push_back({Loc, Severity::Error, std::move(Message), {}});
}

/// `integration.request.header.X:method.request.path.id,...`
std::vector<RequestParameterMapping> requestParameters(const Annotation &A, Diagnostics &Diags) {
  std::vector<RequestParameterMapping> Mappings;
  for (const std::string &Item : splitList(*A.Value)) {
    auto [Target, Source] = llvm::StringRef(Item).split(':');
    if (!Target.trim().starts_with("integration.request.") || Source.trim().empty()) {
      error(Diags, A.Loc,
            "invalid value for 'aws_request_parameters': '" + Item +
                "' is not 'integration.request.<where>.<name>:<source>'");
      continue;
    }
    Mappings.push_back({Target.trim().str(), Source.trim().str()});
  }
  return Mappings;
}

/// Keys that only one kind of integration reads, with the integration key
/// that reads them; "" for any other key.
std::string_view serviceOptionOwner(std::string_view Key) {
  static const std::pair<std::string_view, std::string_view> Options[] = {
      {"aws_s3_object_key", "aws_s3_bucket"},
      {"aws_dynamodb_pk_pattern", "aws_dynamodb_table_name"},
      {"aws_dynamodb_sk_pattern", "aws_dynamodb_table_name"},
      {"aws_dynamodb_fields", "aws_dynamodb_table_name"},
      {"aws_dynamodb_query_expr", "aws_dynamodb_table_name"}};
  for (const auto &[Option, Owner] : Options)
    if (Option == Key)
      return Owner;
  return "";
}

bool isServiceOption(std::string_view Key) { return !serviceOptionOwner(Key).empty(); }

bool isHttp(IntegrationKind Kind) {
  return Kind == IntegrationKind::Http || Kind == IntegrationKind::HttpProxy;
}

bool isProxy(IntegrationKind Kind) {
  return Kind == IntegrationKind::LambdaProxy || Kind == IntegrationKind::HttpProxy;
}

/// Keys the chosen integration does not read: another kind's options,
/// `vpc_link_id` off HTTP (VPC links reach load balancers), mapping templates
/// on proxy integrations (which pass the request and response through whole).
void checkKeysFitKind(const Annotations &Keys, const Annotation &Chosen, IntegrationKind Kind,
                      Diagnostics &Diags) {
  for (const Annotation &A : Keys) {
    std::string_view Owner = serviceOptionOwner(A.Key);
    if (!Owner.empty() && Owner != Chosen.Key)
      error(Diags, A.Loc, "'" + A.Key + "' applies to '" + std::string(Owner) +
                              "=' integrations only; this handler's integration is '" +
                              Chosen.Key + "='");
    else if (A.Key == "vpc_link_id" && !isHttp(Kind))
      error(Diags, A.Loc, "'vpc_link_id' applies to 'http_proxy_uri=' and 'http_uri=' "
                          "integrations only (a VPC link reaches a load balancer); this "
                          "handler's integration is '" + Chosen.Key + "='");
    else if ((A.Key == "aws_vtl_request_template" || A.Key == "aws_vtl_response_template") &&
             isProxy(Kind))
      error(Diags, A.Loc, "'" + A.Key + "' has no effect on the proxy integration '" +
                              Chosen.Key + "=': API Gateway passes the request and the " +
                              "response through unmapped; use a non-proxy integration " +
                              "('aws_lambda_direct_uri=', 'http_uri=')");
  }
}

/// `<status>[:<json body>]`; `Value` is a mock_response value.
void checkMockResponse(const Annotation &A, Diagnostics &Diags) {
  auto [Status, Body] = llvm::StringRef(*A.Value).split(':');
  if (auto Code = parseStatusCode(Status.trim()); !Code) {
    error(Diags, A.Loc, "invalid value for 'mock_response': " + llvm::toString(Code.takeError()) +
                            "; write '<status>' or '<status>:<json body>'");
    return;
  }
  if (!llvm::StringRef(*A.Value).contains(':'))
    return;
  if (auto Json = parseJsonValue(Body); !Json)
    error(Diags, A.Loc, "invalid value for 'mock_response': its body is " +
                            llvm::toString(Json.takeError()));
}

/// A piece of a value that Terraform fills in: `${...}` anywhere in it.
bool hasPlaceholder(llvm::StringRef Text) { return Text.contains("${"); }

/// `<account id>/<queue name>`: the queue's path on SQS's endpoint. Either
/// part may be (or contain) a Terraform placeholder. SendMessage to a FIFO
/// queue fails without MessageGroupId, which the generated template cannot
/// know: such a queue needs the user's template.
void checkSqsQueue(const Annotation &A, const Annotations &Keys, Diagnostics &Diags) {
  llvm::StringRef Value(*A.Value);
  auto Fail = [&](const std::string &Why) {
    error(Diags, A.Loc, "invalid value for 'aws_sqs_queue': " + Why +
                            "; write '<account id>/<queue name>', e.g. '123456789012/orders'");
  };
  if (Value.starts_with("arn:")) {
    Fail("'" + Value.str() + "' is a queue ARN");
    return;
  }
  if (Value.starts_with("https://") || Value.starts_with("http://")) {
    Fail("'" + Value.str() + "' is a queue URL");
    return;
  }
  auto [Account, Queue] = Value.split('/');
  if (Account.empty() || Queue.empty() || Queue.contains('/')) {
    Fail("'" + Value.str() + "' is not two parts separated by one '/'");
    return;
  }
  if (!hasPlaceholder(Account) && (Account.size() != 12 || !llvm::all_of(Account, llvm::isDigit))) {
    Fail("'" + Account.str() + "' is not a 12-digit account id");
    return;
  }
  // SQS: up to 80 letters, digits, '-' and '_', plus '.fifo' for FIFO queues.
  llvm::StringRef Name = Queue;
  Name.consume_back(".fifo");
  if (!hasPlaceholder(Queue) &&
      (Name.empty() || Name.size() > 80 ||
       !llvm::all_of(Name, [](char C) { return llvm::isAlnum(C) || C == '-' || C == '_'; })))
    Fail("'" + Queue.str() + "' is not a queue name (1 to 80 letters, digits, '-' or '_', "
                             "optionally ending in '.fifo')");
  else if (Queue.ends_with(".fifo") && !findKey(Keys, "aws_vtl_request_template"))
    error(Diags, A.Loc, "'" + Queue.str() + "' is a FIFO queue: SendMessage needs a " +
                            "MessageGroupId, so give the form body yourself with " +
                            "'aws_vtl_request_template=Action=SendMessage&MessageGroupId=...&" +
                            "MessageBody=$util.urlEncode($input.body)'");
}

/// API Gateway calls HTTP backends at a full http(s) URL.
void checkHttpUri(const Annotation &A, Diagnostics &Diags) {
  llvm::StringRef Value(*A.Value);
  if (!Value.starts_with("http://") && !Value.starts_with("https://") && !Value.starts_with("${"))
    error(Diags, A.Loc, "invalid value for '" + A.Key + "': '" + Value.str() +
                            "' is not an http:// or https:// URL");
}

/// Checks a chosen integration key's own value.
void checkTargetValue(const Annotation &Chosen, IntegrationKind Kind, const Annotations &Keys,
                      Diagnostics &Diags) {
  if (Kind == IntegrationKind::Mock)
    checkMockResponse(Chosen, Diags);
  else if (Kind == IntegrationKind::Sqs)
    checkSqsQueue(Chosen, Keys, Diags);
  else if (isHttp(Kind))
    checkHttpUri(Chosen, Diags);
}

std::string routeText(const Operation &Op) { return upperMethod(Op.Method) + " " + Op.Path; }

/// `Path` with one more segment, for suggestions: `/files` + `{key+}`.
std::string withSegment(const std::string &Path, std::string_view Segment) {
  return (Path == "/" ? "/" : Path + "/") + std::string(Segment);
}

bool hasPathParam(const PathTemplate &Path, const std::string &Name) {
  return std::any_of(Path.Params.begin(), Path.Params.end(),
                     [&](const PathParam &P) { return P.Name == Name; });
}

/// Every `{name}` of `Template` (the value of `Where`) must be one of the
/// route's path parameters: API Gateway fills it from method.request.path.name.
void checkTemplateNames(llvm::StringRef Template, const Annotation &Where, const Operation &Op,
                        const PathTemplate &Path, const Location &RouteLoc, Diagnostics &Diags) {
  for (const std::string &Name : templateNames(Template))
    if (!hasPathParam(Path, Name))
      Diags.push_back({Where.Loc, Severity::Error,
                       "'" + Where.Key + "' uses '{" + Name + "}', which is not a path " +
                           "parameter of " + routeText(Op),
                       {{RouteLoc, "the route is here"}}});
}

void addSharedKeys(const Annotations &Keys, Integration &Result, Diagnostics &Diags) {
  for (const Annotation &A : Keys) {
    if (A.Key == "aws_iam_arn")
      Result.Credentials = *A.Value;
    else if (A.Key == "aws_vtl_request_template")
      Result.RequestTemplate = *A.Value;
    else if (A.Key == "aws_vtl_response_template")
      Result.ResponseTemplate = *A.Value;
    else if (A.Key == "aws_request_parameters")
      Result.RequestParameters = requestParameters(A, Diags);
    else if (A.Key == "vpc_link_id")
      Result.VpcLinkId = *A.Value;
    else if (A.Key == "passthrough_behavior") {
      // The extension documents `when_no_match`, the REST API (and the
      // console, CloudFormation) `WHEN_NO_MATCH`; users write either.
      if (auto V = valueAmong(A, {"when_no_match", "when_no_templates", "never"}, Diags,
                              /*IgnoreCase=*/true))
        Result.PassthroughBehavior = *V;
    } else if (A.Key == "content_handling") {
      if (auto V = valueAmong(A, {"CONVERT_TO_BINARY", "CONVERT_TO_TEXT"}, Diags))
        Result.ContentHandling = *V;
    } else if (A.Key == "timeout_ms") {
      // API Gateway accepts 50 ms to 29 s for REST integrations.
      auto Ms = parseInteger(*A.Value);
      if (!Ms)
        error(Diags, A.Loc, "invalid value for 'timeout_ms': " + llvm::toString(Ms.takeError()));
      else if (*Ms < 50 || *Ms > 29000)
        error(Diags, A.Loc, "invalid value for 'timeout_ms': " + *A.Value +
                                " is outside API Gateway's 50 to 29000 ms");
      else
        Result.TimeoutMs = static_cast<int>(*Ms);
    } else if (isServiceOption(A.Key))
      Result.ServiceOptions[A.Key] = *A.Value;
  }
}

/// `Name` as a whole word of `Text`: `{id}`, `$input.params('id')`, not `idle`.
bool mentions(llvm::StringRef Text, llvm::StringRef Name) {
  auto IsWordChar = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  for (size_t At = Text.find(Name); At != llvm::StringRef::npos; At = Text.find(Name, At + 1)) {
    const size_t End = At + Name.size();
    if ((At == 0 || !IsWordChar(Text[At - 1])) && (End == Text.size() || !IsWordChar(Text[End])))
      return true;
  }
  return false;
}

llvm::StringRef requestPlace(ParamIn In) {
  return In == ParamIn::Path ? "path" : In == ParamIn::Query ? "querystring" : "header";
}

/// The texts that build a non-proxy integration's request, where a parameter
/// counts as used when its name appears: the user's template, the URI, S3's
/// object key, DynamoDB's patterns.
std::vector<std::string> requestTexts(const Integration &I) {
  std::vector<std::string> Texts = {I.RequestTemplate};
  if (I.Kind == IntegrationKind::Http)
    Texts.push_back(I.Target);
  for (const auto &[Key, Value] : I.ServiceOptions)
    Texts.push_back(Value);
  return Texts;
}

/// Whether API Gateway passes `P` on to `Op`'s integration: proxies pass the
/// whole request, the generated Lambda template every parameter; the other
/// kinds only what a mapping or one of their texts uses.
bool reachesIntegration(const Parameter &P, const Operation &Op) {
  const Integration &I = Op.Target;
  const std::string Source = "method.request." + requestPlace(P.In).str() + "." + P.Name;
  if (isProxy(I.Kind) || I.Kind == IntegrationKind::Mock ||
      (I.Kind == IntegrationKind::LambdaDirect && I.RequestTemplate.empty()) ||
      (I.Kind == IntegrationKind::Http && P.In != ParamIn::Path))
    return true;
  if (std::any_of(I.RequestParameters.begin(), I.RequestParameters.end(),
                  [&](const RequestParameterMapping &M) { return M.Source == Source; }))
    return true;
  for (const std::string &Text : requestTexts(I))
    if (mentions(Text, P.Name))
      return true;
  if (P.In != ParamIn::Path)
    return I.Kind == IntegrationKind::S3 && Op.Method == "put" &&
           llvm::StringRef(P.Name).equals_insensitive("Content-Type");
  // S3's default object key is every path parameter, DynamoDB's default
  // partition key the first.
  const bool S3Default = I.Kind == IntegrationKind::S3 && !I.ServiceOptions.count("aws_s3_object_key");
  const bool DynamoDefault = I.Kind == IntegrationKind::DynamoDB &&
                             !I.ServiceOptions.count("aws_dynamodb_pk_pattern") &&
                             &P == &*std::find_if(Op.Parameters.begin(), Op.Parameters.end(),
                                                  [](const Parameter &Q) {
                                                    return Q.In == ParamIn::Path;
                                                  });
  return S3Default || DynamoDefault;
}

/// What the integration gets instead, and where a parameter could be used.
std::string whatReaches(IntegrationKind Kind) {
  switch (Kind) {
  case IntegrationKind::StepFunctionsSync:
  case IntegrationKind::StepFunctions:
    return "the execution's input is the request body alone";
  case IntegrationKind::Sns:
  case IntegrationKind::Sqs:
    return "the message is the request body alone";
  case IntegrationKind::S3:
    return "S3 gets the object key, which does not use it ('aws_s3_object_key=' may, as "
           "'{name}')";
  case IntegrationKind::DynamoDB:
    return "the DynamoDB request does not use it ('aws_dynamodb_pk_pattern=', "
           "'aws_dynamodb_sk_pattern=', 'aws_dynamodb_fields=' or 'aws_dynamodb_query_expr=' "
           "may, as $input.params('name'))";
  case IntegrationKind::Http:
    return "'http_uri=' does not use it (write it there as '{name}')";
  default:
    return "'aws_vtl_request_template=' replaces the generated template and does not use it";
  }
}

/// A parameter the client must send that the backend never sees is a
/// mistake the document would hide.
void checkParametersReach(const Operation &Op, const Annotation &Chosen, Diagnostics &Diags) {
  for (const Parameter &P : Op.Parameters) {
    if (reachesIntegration(P, Op))
      continue;
    const std::string Place = requestPlace(P.In).str();
    std::string Message = "parameter '" + P.Name + "' (" +
                          (P.In == ParamIn::Query ? "query" : Place) + ") of " +
                          routeText(Op) + " does not reach its '" + Chosen.Key +
                          "=' integration: " + whatReaches(Op.Target.Kind) +
                          "; use it in 'aws_vtl_request_template=', map it with " +
                          "'aws_request_parameters=integration.request.<where>.<name>:" +
                          "method.request." + Place + "." + P.Name + "'";
    Message += P.In == ParamIn::Path ? "" : ", or mark it 'ignore'";
    Diags.push_back({P.Loc, Severity::Error, std::move(Message),
                     {{Chosen.Loc, "the integration is here"}}});
  }
}

} // namespace

std::optional<Integration> mapIntegration(const Annotations &Keys, const Location &HandlerLoc,
                                          const std::string &HandlerName, Diagnostics &Diags) {
  const Annotation *Chosen = nullptr;
  for (const Annotation &A : Keys) {
    if (!integrationKey(A.Key))
      continue;
    if (!Chosen) {
      Chosen = &A;
      continue;
    }
    Diags.push_back({A.Loc, Severity::Error,
                     "handler '" + HandlerName + "' has a second integration '" + A.Key +
                         "'; a route has exactly one",
                     {{Chosen->Loc, "first integration '" + Chosen->Key + "' is here"}}});
    return std::nullopt;
  }
  if (!Chosen) {
    error(Diags, HandlerLoc,
          "handler '" + HandlerName + "' has no integration; add one of " + integrationKeyList());
    return std::nullopt;
  }
  const IntegrationKey &Key = *integrationKey(Chosen->Key);
  Integration Result;
  Result.Kind = Key.Kind;
  Result.Target = Key.Target(*Chosen->Value);
  checkTargetValue(*Chosen, Key.Kind, Keys, Diags);
  checkKeysFitKind(Keys, *Chosen, Key.Kind, Diags);
  addSharedKeys(Keys, Result, Diags);
  if (Key.NeedsRole && Result.Credentials.empty())
    error(Diags, Chosen->Loc,
          "'" + Chosen->Key + "' needs 'aws_iam_arn=<role ARN>': API Gateway calls " +
              "AWS services as a role");
  return Result;
}

std::optional<int> mockStatus(const Integration &I) {
  if (I.Kind != IntegrationKind::Mock)
    return std::nullopt;
  auto Code = parseStatusCode(llvm::StringRef(I.Target).split(':').first.trim());
  if (!Code) {
    llvm::consumeError(Code.takeError());
    return std::nullopt;
  }
  return *Code;
}

void checkIntegrationForRoute(const Operation &Op, const PathTemplate &Path,
                              const Annotations &Keys, const Location &RouteLoc,
                              Diagnostics &Diags) {
  const Annotation *Chosen = chosenKey(Keys);
  if (!Chosen)
    return;
  const IntegrationKey &Key = integrationKey(Op.Target.Kind);
  auto Fail = [&](std::string Message) {
    Diags.push_back({Chosen->Loc, Severity::Error, std::move(Message),
                     {{RouteLoc, "the route is here"}}});
  };

  if (!Key.Methods.empty() &&
      std::find(Key.Methods.begin(), Key.Methods.end(), Op.Method) == Key.Methods.end()) {
    std::string Allowed;
    for (size_t I = 0; I < Key.Methods.size(); ++I)
      Allowed += (I == 0 ? "" : I + 1 == Key.Methods.size() ? " or " : ", ") +
                 upperMethod(Key.Methods[I]);
    Fail("'" + Chosen->Key + "' cannot serve " + routeText(Op) + ": " +
         std::string(Key.MethodsReason) + ", so its routes are " + Allowed);
    return;
  }

  // A template naming a parameter that does not exist is reported below;
  // the parameter it meant would be reported as unused too.
  const size_t Reported = Diags.size();
  const Annotation *ObjectKey = findKey(Keys, "aws_s3_object_key");
  switch (Op.Target.Kind) {
  case IntegrationKind::S3:
    // The emitter's default key is the route's path parameters, in order.
    if (ObjectKey)
      checkTemplateNames(*ObjectKey->Value, *ObjectKey, Op, Path, RouteLoc, Diags);
    else if (Path.Params.empty())
      Fail("'aws_s3_bucket' on " + routeText(Op) + " does not say which object: add " +
           "'aws_s3_object_key=<key>' (it may use the route's {path parameters}) or a path " +
           "parameter, e.g. '" + withSegment(Op.Path, "{key+}") + "'");
    break;
  case IntegrationKind::DynamoDB:
    // GetItem and DeleteItem need the item's key: the pattern, else the
    // first path parameter; a GET may Query instead.
    if ((Op.Method == "get" && !findKey(Keys, "aws_dynamodb_query_expr")) ||
        Op.Method == "delete")
      if (Path.Params.empty() && !findKey(Keys, "aws_dynamodb_pk_pattern"))
        Fail("'aws_dynamodb_table_name' on " + routeText(Op) + " does not say which item: " +
             "add a path parameter (e.g. '" + withSegment(Op.Path, "{id}") + "') or " +
             "'aws_dynamodb_pk_pattern=<key>'" +
             (Op.Method == "get" ? ", or 'aws_dynamodb_query_expr=<Query members>'" : ""));
    break;
  case IntegrationKind::HttpProxy:
  case IntegrationKind::Http:
    checkTemplateNames(*Chosen->Value, *Chosen, Op, Path, RouteLoc, Diags);
    break;
  case IntegrationKind::Mock: {
    // The mock's status is an integration response, which API Gateway only
    // accepts for a status the method declares.
    // The mapper makes the mock's status the success status unless
    // `status_code=` says otherwise; then it must be documented some other way.
    auto Code = mockStatus(Op.Target);
    if (!Code)
      break; // Reported by mapIntegration.
    std::string Status = std::to_string(*Code);
    if (std::none_of(Op.Responses.begin(), Op.Responses.end(),
                     [&](const Response &R) { return R.Status == Status; }))
      Fail("'mock_response' answers " + Status + ", which is not a response of " +
           routeText(Op) + ": make it the success status ('status_code=" + Status +
           "') or document it ('response=" + Status + ":<description>')");
    break;
  }
  default:
    break;
  }
  if (Diags.size() == Reported)
    checkParametersReach(Op, *Chosen, Diags);
}

} // namespace apigw
