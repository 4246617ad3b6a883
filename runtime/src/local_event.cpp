#include "apigw/local_event.hpp"

#include <array>
#include <cstdio>
#include <random>

#include "apigw/codec.hpp"

namespace apigw {
namespace {

template <class Single, class Multi>
void fill_maps(const std::vector<std::pair<std::string, std::string>>& pairs, Single& single, Multi& multi) {
  for (const auto& [name, value] : pairs) {
    single.insert_or_assign(name, value);  // the last value, as API Gateway keeps it
    multi[name].push_back(value);
  }
}

std::string content_type(const LocalHttpRequest& request) {
  CaseInsensitiveLess less;
  for (const auto& [name, value] : request.headers) {
    if (!less(name, "Content-Type") && !less("Content-Type", name)) return value;
  }
  return {};
}

nlohmann::json request_context(const ProxyRequest& event, const LocalEventSettings& settings,
                               const LocalHttpRequest& request, const nlohmann::json& authorizer,
                               std::string request_id) {
  nlohmann::json context = {
      {"resourcePath", event.resource},
      {"httpMethod", event.http_method},
      {"path", "/" + settings.stage + event.path},
      {"stage", settings.stage},
      {"requestId", std::move(request_id)},
      {"protocol", "HTTP/1.1"},
      {"identity", {{"sourceIp", request.source_ip}}},
  };
  if (!authorizer.is_null()) context["authorizer"] = authorizer;
  return context;
}

}  // namespace

std::optional<nlohmann::json> parse_local_claims(std::string_view header_value) {
  nlohmann::json claims = nlohmann::json::parse(header_value, nullptr, false);
  if (claims.is_discarded() || !claims.is_object()) return std::nullopt;
  return claims;
}

std::string make_request_id() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  std::uint64_t high = random();
  std::uint64_t low = random();
  std::array<char, 37> text{};
  std::snprintf(text.data(), text.size(), "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                static_cast<unsigned>((high >> 16) & 0xFFFF), static_cast<unsigned>(high & 0xFFFF),
                static_cast<unsigned>(low >> 48), static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
  return text.data();
}

ProxyRequest make_proxy_request(const LocalHttpRequest& request, const std::optional<ResourceMatch>& match,
                                const RouteTable& table, const LocalEventSettings& settings,
                                const nlohmann::json& authorizer, std::string request_id) {
  ProxyRequest event;
  event.resource = match ? match->resource : std::string();
  event.path = request.path;
  event.http_method = request.method;
  if (match) event.path_parameters = match->path_parameters;
  fill_maps(request.headers, event.headers, event.multi_value_headers);
  fill_maps(request.query, event.query_string_parameters, event.multi_value_query_string_parameters);
  if (!request.body.empty()) {
    event.is_base64_encoded = table.is_binary_media_type(content_type(request));
    event.body = event.is_base64_encoded ? base64_encode(request.body) : request.body;
  }
  event.request_context = request_context(event, settings, request, authorizer, std::move(request_id));
  return event;
}

}  // namespace apigw
