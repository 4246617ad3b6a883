//===- PublicSecurity.h - Security as plain OpenAPI 3.0 states it ---------===//
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace apigw {

/// The issuer of a Cognito user pool, `https://cognito-idp.<region>.
/// amazonaws.com<.cn>/<pool id>`, from its literal ARN
/// (`arn:<partition>:cognito-idp:<region>:<account>:userpool/<pool id>`);
/// empty for anything else, a Terraform placeholder included.
std::string cognitoIssuer(std::string_view UserPoolArn);

/// Rewrites the document's security for readers that know only OpenAPI,
/// before the x-amazon-apigateway-* keys go: a Cognito scheme with one
/// literal user pool becomes `openIdConnect` (its issuer's discovery URL);
/// scopes on a scheme without OAuth 2 flows (where OpenAPI 3.0 forbids
/// them, or linters cannot check them) leave the requirement for a sentence
/// in the operation's description; an
/// operation without security says so (`security: []`); schemes no
/// operation uses are removed.
void describePublicSecurity(nlohmann::ordered_json &Doc);

} // namespace apigw
