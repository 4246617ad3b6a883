// Turns one HTTP request into the REST proxy event API Gateway would send,
// without any HTTP library, so the local server's translation is unit-tested.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "apigw/proxy_event.hpp"
#include "apigw/resource_matcher.hpp"
#include "apigw/router.hpp"

namespace apigw {

// The header that carries a request's requestContext.authorizer locally.
inline constexpr std::string_view local_claims_header = "X-Apigw-Local-Claims";

// An HTTP request as received, names and values in arrival order.
struct LocalHttpRequest {
  std::string method;
  std::string path;  // decoded, without the query
  std::vector<std::pair<std::string, std::string>> headers;
  std::vector<std::pair<std::string, std::string>> query;
  std::string body;
  std::string source_ip;
};

struct LocalEventSettings {
  std::string stage = "local";
};

// The value of an X-Apigw-Local-Claims header: a JSON object, else std::nullopt.
std::optional<nlohmann::json> parse_local_claims(std::string_view header_value);

// The name=value pairs of a query string ("a=1&b=x%20y&a=2"), decoded ('+' is
// a space), every pair kept in order, repeated ones too.
std::vector<std::pair<std::string, std::string>> parse_query_string(std::string_view query);

// A request id in the form API Gateway uses (8-4-4-4-12 hexadecimal digits).
std::string make_request_id();

// The event for `request`. `match` is the template the path matched; without
// one the event names no resource, and the router answers 403 as API Gateway
// does. `authorizer` becomes requestContext.authorizer unless it is null.
ProxyRequest make_proxy_request(const LocalHttpRequest& request, const std::optional<ResourceMatch>& match,
                                const RouteTable& table, const LocalEventSettings& settings,
                                const nlohmann::json& authorizer, std::string request_id);

}  // namespace apigw
