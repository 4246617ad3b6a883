#include "apigw/parameters.hpp"

#include "apigw/arguments.hpp"

#include "apigw/codec.hpp"

namespace apigw {

std::string parameter_pointer(std::string_view location, std::string_view name) {
  return JsonPointer(std::string("/").append(location)).child(name).text();
}

bool check_presence(bool present, Presence presence, const JsonPointer& pointer, Failures& failures) {
  if (!present && presence == Presence::required) failures.add(pointer.text(), "is required");
  return present;
}

namespace {

// The body's text as the event carries it, or its bytes decoded into `decoded`
// when it is base64; std::nullopt when it is absent or not base64 (recording
// the failure). A JSON body is parsed from the event's own text, not a copy.
std::optional<std::string_view> body_view(const ProxyRequest& request, Presence presence, Failures& failures,
                                          std::string& decoded) {
  // An empty body is no body: API Gateway passes a bodiless POST as null or "".
  bool present = request.body.has_value() && !request.body->empty();
  if (!check_presence(present, presence, "/body", failures)) return std::nullopt;
  if (!request.is_base64_encoded) return std::string_view(*request.body);
  std::optional<std::string> bytes = base64_decode(*request.body);
  if (!bytes) {
    failures.add("/body", "must be valid base64");
    return std::nullopt;
  }
  decoded = std::move(*bytes);
  return std::string_view(decoded);
}

}  // namespace

std::optional<std::string> body_bytes(const ProxyRequest& request, Presence presence, Failures& failures) {
  std::string decoded;
  std::optional<std::string_view> bytes = body_view(request, presence, failures, decoded);
  if (!bytes) return std::nullopt;
  return std::string(*bytes);
}

std::optional<nlohmann::json> json_body(const ProxyRequest& request, Presence presence, Failures& failures) {
  std::string decoded;
  std::optional<std::string_view> bytes = body_view(request, presence, failures, decoded);
  if (!bytes) return std::nullopt;
  nlohmann::json body = nlohmann::json::parse(*bytes, nullptr, false);
  if (body.is_discarded()) {
    failures.add("/body", "must be valid JSON");
    return std::nullopt;
  }
  return body;
}

namespace detail {

std::string_view location_name(ParameterIn in) {
  switch (in) {
    case ParameterIn::path: return "path";
    case ParameterIn::query: return "query";
    case ParameterIn::header: return "header";
  }
  return "query";
}

// Every value of the parameter, in order; empty when it is absent.
std::vector<std::string> parameter_texts(const ProxyRequest& request, const ParameterRules& rules) {
  switch (rules.in) {
    case ParameterIn::path:
      if (const std::string* text = find_path_parameter(request, rules.name)) return {*text};
      return {};
    case ParameterIn::query: return query_parameter_values(request, rules.name);
    case ParameterIn::header: return header_values(request, rules.name);
  }
  return {};
}

}  // namespace detail

}  // namespace apigw
