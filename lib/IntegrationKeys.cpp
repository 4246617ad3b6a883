//===- IntegrationKeys.cpp ------------------------------------------------===//
#include "IntegrationKeys.h"

#include "AnnotationText.h"
#include "LambdaUri.h"
#include "Values.h"

#include <llvm/ADT/StringRef.h>

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
};

std::string verbatim(std::string_view Value) { return std::string(Value); }

const std::vector<IntegrationKey> &integrationKeys() {
  static const std::vector<IntegrationKey> Keys = {
      {"aws_lambda_uri", IntegrationKind::LambdaProxy, lambdaInvocationUri, false},
      {"aws_lambda_arn", IntegrationKind::LambdaProxy, wrapLambdaArn, false},
      {"aws_lambda_direct_uri", IntegrationKind::LambdaDirect, lambdaInvocationUri, false},
      {"aws_sfn_sync_arn", IntegrationKind::StepFunctionsSync, verbatim, true},
      {"aws_sfn_arn", IntegrationKind::StepFunctions, verbatim, true},
      {"aws_s3_bucket", IntegrationKind::S3, verbatim, true},
      {"aws_dynamodb_table_name", IntegrationKind::DynamoDB, verbatim, true},
      {"aws_sns_topic_arn", IntegrationKind::Sns, verbatim, true},
      {"aws_sqs_queue", IntegrationKind::Sqs, verbatim, true},
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

std::optional<std::string> oneOf(const Annotation &A, std::initializer_list<std::string_view> Allowed,
                                 Diagnostics &Diags) {
  for (std::string_view Value : Allowed)
    if (*A.Value == Value)
      return *A.Value;
  std::string List;
  for (std::string_view Value : Allowed)
    List += (List.empty() ? "" : ", ") + std::string(Value);
  error(Diags, A.Loc, "invalid value for '" + A.Key + "': '" + *A.Value + "' is not one of " + List);
  return std::nullopt;
}

/// Keys that only one kind of integration reads.
bool isServiceOption(std::string_view Key) {
  static const std::string_view Options[] = {
      "aws_s3_object_key", "aws_dynamodb_pk_pattern", "aws_dynamodb_sk_pattern",
      "aws_dynamodb_fields", "aws_dynamodb_query_expr"};
  return std::find(std::begin(Options), std::end(Options), Key) != std::end(Options);
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
      if (auto V = oneOf(A, {"when_no_match", "when_no_templates", "never"}, Diags))
        Result.PassthroughBehavior = *V;
    } else if (A.Key == "content_handling") {
      if (auto V = oneOf(A, {"CONVERT_TO_BINARY", "CONVERT_TO_TEXT"}, Diags))
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
  addSharedKeys(Keys, Result, Diags);
  if (Key.NeedsRole && Result.Credentials.empty())
    error(Diags, Chosen->Loc,
          "'" + Chosen->Key + "' needs 'aws_iam_arn=<role ARN>': API Gateway calls " +
              "AWS services as a role");
  return Result;
}

} // namespace apigw
