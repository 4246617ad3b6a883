// The API's authorizers, and the code of the two Lambda authorizers.
//
// Each variable below declares an API Gateway authorizer; handlers name it in
// `security=` (APIGW_SECURITY). The variables are never read at run time.
#pragma once

#include <apigw/annotations.hpp>
#include <petstore/http.hpp>

#include <map>
#include <string>
#include <string_view>

namespace petstore {

/// Customers signed in with the store's Cognito user pool. Handlers ask for
/// OAuth scopes such as `pets/read`.
inline constexpr int cognito_auth APIGW_COGNITO_AUTHORIZER("${cognito_user_pool_arn}") = 0;

/// Partners, identified by the API key in `X-Partner-Key` and checked by
/// authorize_partner() below, deployed as its own Lambda function. Decisions
/// are cached for five minutes per key. (With caching on, API Gateway
/// answers 401 itself when any identity source is missing, so a cached
/// request authorizer names only sources every request carries.)
inline constexpr int partner_auth
    APIGW_LAMBDA_REQUEST_AUTHORIZER("${partner_authorizer_invoke_arn}")
    APIGW_AUTHORIZER_ROLE("${apigw_authorizer_role_arn}")
    APIGW_HEADER_NAMES("X-Partner-Key")
    APIGW_TTL(300) = 0;

/// Bearer tokens of the legacy user API, checked by authorize_legacy_token().
APIGW_LAMBDA_TOKEN_AUTHORIZER("${legacy_authorizer_invoke_arn}")
APIGW_AUTHORIZER_NAME("LegacyBearer")
APIGW_AUTHORIZER_ROLE("${apigw_authorizer_role_arn}")
APIGW_IDENTITY_VALIDATION("^Bearer [-0-9A-Za-z._~+/]+=*$")
inline constexpr int legacy_token_auth = 0;

/// What a Lambda authorizer decides about a request.
struct AuthDecision {
  bool allow = false;
  RequestContext context;
};

/// The partner authorizer's logic: the key from the `X-Partner-Key` header,
/// else from the `partner` query parameter, must be a known partner key.
AuthDecision authorize_partner(const std::map<std::string, std::string> &headers,
                               const std::map<std::string, std::string> &query);

/// The legacy token authorizer's logic: `Authorization: Bearer <token>`.
AuthDecision authorize_legacy_token(std::string_view authorization);

} // namespace petstore
