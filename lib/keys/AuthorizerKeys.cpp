//===- AuthorizerKeys.cpp -------------------------------------------------===//
#include "keys/AuthorizerKeys.h"

#include "keys/AnnotationText.h"
#include "integrations/LambdaUri.h"
#include "keys/SecurityText.h"
#include "keys/Validator.h"
#include "keys/Values.h"

namespace apigw {
namespace {

/// The values of `type=`, in the order its error lists them, and the kinds
/// they name: the one list of both.
struct AuthorizerType {
  std::string_view Name;
  AuthorizerKind Kind;
};
constexpr AuthorizerType AuthorizerTypes[] = {{"cognito", AuthorizerKind::Cognito},
                                              {"lambda_token", AuthorizerKind::LambdaToken},
                                              {"lambda_request", AuthorizerKind::LambdaRequest},
                                              {"iam", AuthorizerKind::Iam},
                                              {"api_key", AuthorizerKind::ApiKey}};

std::optional<AuthorizerKind> authorizerKind(const Annotation &A, Diagnostics &Diags) {
  std::vector<std::string_view> Names;
  for (const AuthorizerType &Type : AuthorizerTypes)
    Names.push_back(Type.Name);
  auto Name = valueAmong(A, Names, Diags);
  for (const AuthorizerType &Type : AuthorizerTypes)
    if (Name && *Name == Type.Name)
      return Type.Kind;
  return std::nullopt;
}

bool isLambda(AuthorizerKind Kind) {
  return Kind == AuthorizerKind::LambdaToken || Kind == AuthorizerKind::LambdaRequest;
}

/// Keys that only some kinds of authorizer read.
void checkKindKeys(const Annotations &Keys, AuthorizerKind Kind, const Annotation &KindKey,
                   Diagnostics &Diags) {
  auto Only = [&](std::string_view Key, bool Allowed, const char *Which) {
    if (const Annotation *A = findKey(Keys, Key); A && !Allowed)
      addError(Diags, A->Loc, "'" + A->Key + "' applies to " + Which + " authorizers only");
  };
  Only("user_pool_arn", Kind == AuthorizerKind::Cognito, "cognito");
  Only("aws_lambda_uri", isLambda(Kind), "Lambda");
  Only("aws_iam_role_arn", isLambda(Kind), "Lambda");
  Only("ttl", isLambda(Kind), "Lambda");
  Only("query_names", Kind == AuthorizerKind::LambdaRequest, "lambda_request");
  Only("header_names", isLambda(Kind), "Lambda");
  Only("identity_validation_expression", Kind == AuthorizerKind::LambdaToken, "lambda_token");
  if (Kind == AuthorizerKind::Cognito && !findKey(Keys, "user_pool_arn"))
    addError(Diags, KindKey.Loc, "a cognito authorizer needs 'user_pool_arn=<user pool ARN>'");
  if (isLambda(Kind) && !findKey(Keys, "aws_lambda_uri"))
    addError(Diags, KindKey.Loc, "a Lambda authorizer needs 'aws_lambda_uri=<function invoke URI>'");
}

void readTtl(const Annotations &Keys, Authorizer &Result, Diagnostics &Diags) {
  const Annotation *A = findKey(Keys, "ttl");
  if (!A)
    return;
  auto Seconds = parseInteger(*A->Value);
  if (!Seconds)
    addError(Diags, A->Loc, "invalid value for 'ttl': " + llvm::toString(Seconds.takeError()));
  else if (*Seconds < 0 || *Seconds > 3600)
    addError(Diags, A->Loc, "invalid value for 'ttl': API Gateway caches 0 to 3600 seconds");
  else
    Result.TtlSeconds = static_cast<int>(*Seconds);
}

} // namespace

std::optional<Authorizer> mapAuthorizer(const Annotations &Keys, const std::string &VariableName,
                                        const Location &Loc, Diagnostics &Diags) {
  const Annotation *KindKey = findKey(Keys, "authorizer");
  auto Kind = authorizerKind(*KindKey, Diags);
  if (!Kind)
    return std::nullopt;
  checkKindKeys(Keys, *Kind, *KindKey, Diags);
  Authorizer Result;
  Result.Id = VariableName;
  Result.Kind = *Kind;
  Result.Loc = Loc;
  Result.Name = findKey(Keys, "authorizer_name") ? valueOf(Keys, "authorizer_name") : VariableName;
  for (const Annotation *A : findAll(Keys, "user_pool_arn"))
    for (std::string &Arn : splitList(*A->Value))
      Result.ProviderArns.push_back(std::move(Arn));
  if (const Annotation *A = findKey(Keys, "aws_lambda_uri"))
    Result.FunctionUri = lambdaInvocationUri(*A->Value);
  Result.RoleArn = valueOf(Keys, "aws_iam_role_arn");
  Result.HeaderNames = splitList(valueOf(Keys, "header_names"));
  Result.QueryNames = splitList(valueOf(Keys, "query_names"));
  Result.ValidationExpression = valueOf(Keys, "identity_validation_expression");
  readTtl(Keys, Result, Diags);
  return Result;
}

/// The value of `Key` when given and one of `Allowed`.
static std::string choice(const Annotations &Keys, std::string_view Key,
                          std::initializer_list<std::string_view> Allowed, Diagnostics &Diags) {
  const Annotation *A = findKey(Keys, Key);
  return A ? valueAmong(*A, Allowed, Diags).value_or("") : "";
}

ApiSettings mapApiSettings(const Annotations &Keys, const Location &Loc, Diagnostics &Diags) {
  ApiSettings Api;
  Api.Loc = Loc;
  Api.Title = valueOf(Keys, "title");
  Api.Version = valueOf(Keys, "version");
  Api.Description = valueOf(Keys, "description");
  for (const Annotation *A : findAll(Keys, "server"))
    Api.Servers.push_back(*A->Value);
  Api.Security = parseSecurity(Keys, Diags);
  Api.Validator = readValidator(Keys, Diags);
  Api.CorsOrigin = valueOf(Keys, "cors_origin");
  Api.CorsHeaders = splitList(valueOf(Keys, "cors_headers"));
  Api.CorsMethods = splitList(valueOf(Keys, "cors_methods"));
  Api.BinaryMediaTypes = splitList(valueOf(Keys, "binary_media_types"));
  Api.ApiKeySource = choice(Keys, "api_key_source", {"HEADER", "AUTHORIZER"}, Diags);
  Api.EndpointType = choice(Keys, "endpoint_type", {"REGIONAL", "EDGE", "PRIVATE"}, Diags);
  Api.GatewayResponses = findKey(Keys, "gateway_responses") != nullptr;
  if (const Annotation *A = findKey(Keys, "minimum_compression_size")) {
    auto Bytes = parseInteger(*A->Value);
    if (Bytes && *Bytes >= 0 && *Bytes <= 10485760)
      Api.MinimumCompressionSize = static_cast<int>(*Bytes);
    else
      addError(Diags, A->Loc, "invalid value for 'minimum_compression_size': '" + *A->Value +
                               "' is not 0 to 10485760 bytes");
    if (!Bytes)
      llvm::consumeError(Bytes.takeError());
  }
  return Api;
}

} // namespace apigw
