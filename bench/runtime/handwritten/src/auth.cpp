// The code of the two Lambda authorizers declared in petstore/auth.hpp.
#include <petstore/api.hpp>
#include <petstore/auth.hpp>

namespace petstore {

namespace {

/// Partner API keys and the partner each belongs to. In production the
/// authorizer reads them from Secrets Manager.
const std::map<std::string, std::string> &partner_keys() {
  static const std::map<std::string, std::string> keys{
      {"pk_live_7c1f9a", "happy-paws"},
      {"pk_live_a24e03", "cat-rescue-network"},
  };
  return keys;
}

/// Legacy bearer tokens and their users.
const std::map<std::string, std::string, std::less<>> &legacy_tokens() {
  static const std::map<std::string, std::string, std::less<>> tokens{
      {"legacy-token-1", "alice"},
  };
  return tokens;
}

} // namespace

AuthDecision authorize_partner(const std::map<std::string, std::string> &headers,
                               const std::map<std::string, std::string> &query) {
  std::string key;
  if (auto header = headers.find("X-Partner-Key"); header != headers.end())
    key = header->second;
  else if (auto param = query.find("partner"); param != query.end())
    key = param->second;

  AuthDecision decision;
  if (auto partner = partner_keys().find(key); partner != partner_keys().end()) {
    decision.allow = true;
    decision.context.principal_id = "partner:" + partner->second;
    decision.context.scopes = {"pets/import", "inventory/read"};
  }
  return decision;
}

AuthDecision authorize_legacy_token(std::string_view authorization) {
  constexpr std::string_view scheme = "Bearer ";
  AuthDecision decision;
  if (authorization.substr(0, scheme.size()) != scheme)
    return decision;
  if (auto user = legacy_tokens().find(authorization.substr(scheme.size()));
      user != legacy_tokens().end()) {
    decision.allow = true;
    decision.context.principal_id = user->second;
  }
  return decision;
}

} // namespace petstore
