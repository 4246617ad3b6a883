#include <petstore/http.hpp>

#include <sstream>

namespace petstore {

Caller caller_of(const apigw::RequestContext &context) {
  Caller caller;
  const nlohmann::json &authorizer = context.authorizer();
  if (!authorizer.is_object())
    return caller;
  const nlohmann::json &claims = context.claims();
  if (claims.is_object()) { // Cognito user pools
    caller.principal_id = claims.value("sub", caller.principal_id);
    std::istringstream scopes(claims.value("scope", ""));
    for (std::string scope; scopes >> scope;)
      caller.scopes.push_back(scope);
    return caller;
  }
  // A Lambda authorizer: its principalId, and the scopes it put in its context.
  caller.principal_id = authorizer.value("principalId", caller.principal_id);
  std::istringstream scopes(authorizer.value("scopes", ""));
  for (std::string scope; scopes >> scope;)
    caller.scopes.push_back(scope);
  return caller;
}

} // namespace petstore
