//===- PublicSecurity.cpp - Security as plain OpenAPI 3.0 states it -------===//
#include "emit/PublicSecurity.h"

#include "emit/JsonInsert.h"
#include "emit/PublicOperations.h"

#include <regex>
#include <set>

namespace apigw {

namespace {

using nlohmann::ordered_json;

ordered_json *securitySchemes(ordered_json &Doc) {
  auto Components = Doc.find("components");
  if (Components == Doc.end() || !Components->is_object())
    return nullptr;
  auto Schemes = Components->find("securitySchemes");
  return Schemes != Components->end() && Schemes->is_object() ? &*Schemes
                                                              : nullptr;
}

/// The literal user pool of a Cognito scheme's authorizer; empty when it
/// has none, or several (one discovery URL cannot name two pools).
std::string singleUserPool(const ordered_json &Scheme) {
  if (Scheme.value("x-amazon-apigateway-authtype", "") != "cognito_user_pools")
    return "";
  auto Authorizer = Scheme.find("x-amazon-apigateway-authorizer");
  if (Authorizer == Scheme.end() || !Authorizer->is_object())
    return "";
  const ordered_json Arns =
      Authorizer->value("providerARNs", ordered_json::array());
  return Arns.size() == 1 && Arns[0].is_string() ? Arns[0].get<std::string>()
                                                  : "";
}

void useOpenIdConnect(ordered_json &Schemes) {
  for (ordered_json &Scheme : Schemes)
    if (std::string Issuer = cognitoIssuer(singleUserPool(Scheme));
        !Issuer.empty())
      Scheme = {{"type", "openIdConnect"},
                {"openIdConnectUrl",
                 Issuer + "/.well-known/openid-configuration"}};
}

/// Whether a requirement may list scopes: OpenAPI 3.0 allows them on oauth2
/// and openIdConnect schemes, but Spectral accepts only scopes an oauth2
/// flow declares, so openIdConnect's go to the description too.
bool takesScopes(const ordered_json *Schemes, const std::string &Name) {
  return Schemes && Schemes->contains(Name) &&
         Schemes->at(Name).value("type", "") == "oauth2";
}

/// `Required scopes (users): pets/read pets/write.` for each requirement
/// whose scheme takes no scopes, whose scopes are then emptied.
std::string moveScopesOut(ordered_json &Security, const ordered_json *Schemes) {
  std::string Sentences;
  for (ordered_json &Requirement : Security)
    for (auto It = Requirement.begin(); It != Requirement.end(); ++It) {
      if (!It->is_array() || It->empty() || takesScopes(Schemes, It.key()))
        continue;
      std::string Scopes;
      for (const ordered_json &Scope : *It)
        Scopes += (Scopes.empty() ? "" : " ") + Scope.get<std::string>();
      Sentences += (Sentences.empty() ? "" : "\n") + std::string("Required scopes (") +
                   It.key() + "): " + Scopes + ".";
      *It = ordered_json::array();
    }
  return Sentences;
}

void appendToDescription(ordered_json &Op, const std::string &Text) {
  if (auto Description = Op.find("description");
      Description != Op.end() && Description->is_string()) {
    *Description = Description->get<std::string>() + "\n\n" + Text;
    return;
  }
  insertAfter(Op, Op.contains("summary") ? "summary" : "operationId",
              "description", Text);
}

void describeOperationSecurity(ordered_json &Doc, std::set<std::string> &Used) {
  const ordered_json *Schemes = securitySchemes(Doc);
  forEachOperation(Doc, [&](const std::string &, ordered_json &Op) {
    auto Security = Op.find("security");
    if (Security == Op.end()) {
      // Absent would read as "unknown" to a linter; it means "none" here.
      Op["security"] = ordered_json::array();
      return;
    }
    for (const ordered_json &Requirement : *Security)
      for (auto It = Requirement.begin(); It != Requirement.end(); ++It)
        Used.insert(It.key());
    // Last: adding a description rebuilds the object under `Security`.
    if (std::string Scopes = moveScopesOut(*Security, Schemes); !Scopes.empty())
      appendToDescription(Op, Scopes);
  });
}

void removeUnusedSchemes(ordered_json &Doc, const std::set<std::string> &Used) {
  ordered_json *Schemes = securitySchemes(Doc);
  if (!Schemes)
    return;
  for (auto It = Schemes->begin(); It != Schemes->end();)
    It = Used.count(It.key()) ? std::next(It) : Schemes->erase(It);
  if (!Schemes->empty())
    return;
  ordered_json &Components = Doc["components"];
  Components.erase("securitySchemes");
  if (Components.empty())
    Doc.erase("components");
}

} // namespace

std::string cognitoIssuer(std::string_view UserPoolArn) {
  static const std::regex Arn(
      "arn:(aws|aws-cn|aws-us-gov):cognito-idp:([a-z0-9-]+):[0-9]{12}:"
      "userpool/([a-z0-9-]+_[0-9A-Za-z]+)");
  std::match_results<std::string_view::const_iterator> Match;
  if (!std::regex_match(UserPoolArn.begin(), UserPoolArn.end(), Match, Arn))
    return "";
  std::string Domain = Match[1] == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
  return "https://cognito-idp." + Match[2].str() + "." + Domain + "/" +
         Match[3].str();
}

void describePublicSecurity(ordered_json &Doc) {
  if (ordered_json *Schemes = securitySchemes(Doc))
    useOpenIdConnect(*Schemes);
  std::set<std::string> Used;
  describeOperationSecurity(Doc, Used);
  removeUnusedSchemes(Doc, Used);
}

} // namespace apigw
