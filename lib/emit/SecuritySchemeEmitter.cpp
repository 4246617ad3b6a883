//===- SecuritySchemeEmitter.cpp - components.securitySchemes -------------===//
//
// AWS documents every API Gateway authorizer as an OpenAPI `apiKey` scheme
// carrying the extensions; `name`/`in` only say where the credential travels,
// which is also what documentation portals show.
//
//===----------------------------------------------------------------------===//
#include "emit/SecuritySchemeEmitter.h"

#include "emit/UserText.h"

#include <map>

namespace apigw {

namespace {

using nlohmann::ordered_json;

constexpr const char *AuthType = "x-amazon-apigateway-authtype";
constexpr const char *AuthorizerKey = "x-amazon-apigateway-authorizer";

ordered_json headerScheme(std::string_view HeaderName) {
  return {{"type", "apiKey"}, {"name", userText(HeaderName)}, {"in", "header"}};
}

std::string firstHeader(const Authorizer &A) {
  return A.HeaderNames.empty() ? "Authorization" : A.HeaderNames.front();
}

/// `method.request.header.A, method.request.querystring.b`: the form
/// identitySource takes; the Authorization header when nothing is named.
std::string identitySource(const Authorizer &A) {
  std::string Source;
  auto Add = [&](std::string_view Where, const std::string &Name) {
    if (!Source.empty())
      Source += ", ";
    Source += "method.request." + std::string(Where) + "." + Name;
  };
  for (const std::string &Name : A.HeaderNames)
    Add("header", Name);
  for (const std::string &Name : A.QueryNames)
    Add("querystring", Name);
  if (Source.empty())
    Add("header", "Authorization");
  return userText(Source);
}

/// The authorizer object shared by both Lambda kinds.
ordered_json lambdaAuthorizer(const Authorizer &A, std::string_view Type) {
  ordered_json Object = {{"type", Type},
                         {"authorizerUri", userText(A.FunctionUri)}};
  if (!A.RoleArn.empty())
    Object["authorizerCredentials"] = userText(A.RoleArn);
  Object["identitySource"] = identitySource(A);
  if (Type == "token" && !A.ValidationExpression.empty())
    Object["identityValidationExpression"] = userText(A.ValidationExpression);
  // Written even when 0: left out, API Gateway caches for 300 seconds.
  Object["authorizerResultTtlInSeconds"] = A.TtlSeconds;
  return Object;
}

ordered_json cognitoScheme(const Authorizer &A) {
  ordered_json Scheme = headerScheme(firstHeader(A));
  Scheme[AuthType] = "cognito_user_pools";
  ordered_json Object = {{"type", "cognito_user_pools"},
                         {"providerARNs", userText(A.ProviderArns)}};
  if (!A.HeaderNames.empty())
    Object["identitySource"] =
        userText("method.request.header." + A.HeaderNames.front());
  Object["authorizerResultTtlInSeconds"] = A.TtlSeconds;
  Scheme[AuthorizerKey] = std::move(Object);
  return Scheme;
}

ordered_json tokenScheme(const Authorizer &A) {
  ordered_json Scheme = headerScheme(firstHeader(A));
  Scheme[AuthType] = "custom";
  Scheme[AuthorizerKey] = lambdaAuthorizer(A, "token");
  return Scheme;
}

ordered_json requestScheme(const Authorizer &A) {
  // `name` is informational for a request authorizer (AWS's own example says
  // "Unused"); the first identity source is the most useful thing to show.
  ordered_json Scheme =
      !A.HeaderNames.empty() || A.QueryNames.empty()
          ? headerScheme(firstHeader(A))
          : ordered_json{{"type", "apiKey"},
                         {"name", userText(A.QueryNames.front())},
                         {"in", "query"}};
  Scheme[AuthType] = "custom";
  Scheme[AuthorizerKey] = lambdaAuthorizer(A, "request");
  return Scheme;
}

ordered_json iamScheme() {
  // `awsSigv4` is the authtype AWS reserves for IAM authorization.
  ordered_json Scheme = headerScheme("Authorization");
  Scheme[AuthType] = "awsSigv4";
  return Scheme;
}

/// What API Gateway's import reads as "API key required" when an operation's
/// security names it (AWS: "Configure a method to use API keys with an
/// OpenAPI definition").
ordered_json apiKeyScheme() { return headerScheme("x-api-key"); }

} // namespace

ordered_json emitSecurityScheme(const Authorizer &Auth) {
  switch (Auth.Kind) {
  case AuthorizerKind::Cognito:
    return cognitoScheme(Auth);
  case AuthorizerKind::LambdaToken:
    return tokenScheme(Auth);
  case AuthorizerKind::LambdaRequest:
    return requestScheme(Auth);
  case AuthorizerKind::Iam:
    return iamScheme();
  case AuthorizerKind::ApiKey:
    return apiKeyScheme();
  }
  return apiKeyScheme();
}

ordered_json emitSecuritySchemes(const ApiModel &Api, const EmitContext &Ctx) {
  std::map<std::string, ordered_json> ByName;
  for (const Authorizer &A : Api.Authorizers)
    ByName.emplace(userText(A.Name), emitSecurityScheme(A));
  if (Ctx.ApiKeySchemeGenerated)
    ByName.emplace(Ctx.ApiKeyScheme, apiKeyScheme());

  ordered_json Schemes = ordered_json::object();
  for (auto &[Name, Scheme] : ByName)
    Schemes[Name] = std::move(Scheme);
  return Schemes;
}

} // namespace apigw
