#include "apigw/local_event.hpp"

#include <algorithm>
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
      {"path", std::string("/").append(settings.stage).append(event.path)},
      {"stage", settings.stage},
      {"requestId", std::move(request_id)},
      {"protocol", "HTTP/1.1"},
      {"identity", {{"sourceIp", request.source_ip}}},
  };
  if (!authorizer.is_null()) context["authorizer"] = authorizer;
  return context;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// application/x-www-form-urlencoded decoding; a '%' not followed by two hex
// digits stays as it is.
std::string decode_query_text(std::string_view text) {
  std::string decoded;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      decoded += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      decoded += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      decoded += text[i];
    }
  }
  return decoded;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> parse_query_string(std::string_view query) {
  std::vector<std::pair<std::string, std::string>> pairs;
  while (!query.empty()) {
    std::string_view pair = query.substr(0, query.find('&'));
    query.remove_prefix(std::min(query.size(), pair.size() + 1));
    if (pair.empty()) continue;
    std::size_t equals = pair.find('=');
    std::string_view value = equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1);
    pairs.emplace_back(decode_query_text(pair.substr(0, equals)), decode_query_text(value));
  }
  return pairs;
}

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
