// Reads and writes the REST proxy event and response in AWS's documented
// shape ("Input format of a Lambda function for proxy integration").
#include "apigw/proxy_event.hpp"

#include <algorithm>
#include <type_traits>

namespace apigw {
namespace {

using nlohmann::json;

// ASCII only, as HTTP header names are, and whatever the C locale: std::tolower
// is a library call per character of every header lookup.
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

[[noreturn]] void malformed(std::string_view field, std::string_view what) {
  throw MalformedEvent(std::string(field) + " must be " + std::string(what));
}

const std::string& as_string(const json& text) { return text.get_ref<const std::string&>(); }

// The member `name`, or nullptr when it is absent or null.
template <class Json>
Json* member(Json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

std::string read_string(const json& object, const char* name, bool required) {
  const json* value = member(object, name);
  if (value == nullptr) {
    if (required) malformed(name, "a string");
    return {};
  }
  if (!value->is_string()) malformed(name, "a string");
  return value->get<std::string>();
}

// A value of an event, and a string: copied from a const event, moved out of
// one the reader may take.
template <class Json>
json take_value(Json& value) {
  if constexpr (std::is_const_v<Json>) {
    return value;
  } else {
    return std::move(value);
  }
}

template <class Json>
std::string take_string(Json& text) {
  if constexpr (std::is_const_v<Json>) {
    return as_string(text);
  } else {
    return std::move(text.template get_ref<std::string&>());
  }
}

template <class Map, class Json>
Map read_string_map(Json& object, const char* name) {
  Map map;
  Json* value = member(object, name);
  if (value == nullptr) return map;
  if (!value->is_object()) malformed(name, "an object of strings or null");
  for (auto& [key, text] : value->items()) {
    if (!text.is_string()) malformed(std::string(name) + "." + key, "a string");
    map.insert_or_assign(key, take_string(text));
  }
  return map;
}

template <class Map, class Json>
Map read_multi_value_map(Json& object, const char* name) {
  Map map;
  Json* value = member(object, name);
  if (value == nullptr) return map;
  if (!value->is_object()) malformed(name, "an object of string arrays or null");
  for (auto& [key, list] : value->items()) {
    if (!list.is_array()) malformed(std::string(name) + "." + key, "an array of strings");
    std::vector<std::string> values;
    values.reserve(list.size());
    for (auto& text : list) {
      if (!text.is_string()) malformed(std::string(name) + "." + key, "an array of strings");
      values.push_back(take_string(text));
    }
    map.insert_or_assign(key, std::move(values));
  }
  return map;
}

bool read_flag(const json& object, const char* name) {
  const json* value = member(object, name);
  if (value == nullptr) return false;
  if (!value->is_boolean()) malformed(name, "true or false");
  return value->get<bool>();
}

// API Gateway writes an empty map as null.
template <class Map>
json map_or_null(const Map& map) {
  if (map.empty()) return nullptr;
  json object = json::object();
  for (const auto& [key, value] : map) object[key] = value;
  return object;
}

template <class Map>
const typename Map::mapped_type* find_in(const Map& map, std::string_view key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

// The single-value map holds the last value; an event built by hand may fill
// only the multi-value one.
template <class Single, class Multi>
const std::string* last_value(const Single& single, const Multi& multi, std::string_view name) {
  if (const auto* value = find_in(single, name)) return value;
  const auto* values = find_in(multi, name);
  return values != nullptr && !values->empty() ? &values->back() : nullptr;
}

template <class Single, class Multi>
std::vector<std::string> all_values(const Single& single, const Multi& multi, std::string_view name) {
  if (const auto* values = find_in(multi, name)) return *values;
  if (const auto* value = find_in(single, name)) return {*value};
  return {};
}

// The body (a string) and the request context (an object) of an event, or nullptr.
template <class Json>
Json* body_of(Json& event) {
  Json* body = member(event, "body");
  if (body != nullptr && !body->is_string()) malformed("body", "a string or null");
  return body;
}

template <class Json>
Json* context_of(Json& event) {
  Json* context = member(event, "requestContext");
  if (context != nullptr && !context->is_object()) malformed("requestContext", "an object");
  return context;
}

// The request of an event, taking its strings and request context (take_value).
template <class Json>
ProxyRequest read_request(Json& event) {
  ProxyRequest request;
  if (!event.is_object()) throw MalformedEvent("the event must be a JSON object");
  request.resource = read_string(event, "resource", true);
  request.path = read_string(event, "path", false);
  request.http_method = read_string(event, "httpMethod", true);
  request.headers = read_string_map<HeaderMap>(event, "headers");
  request.multi_value_headers = read_multi_value_map<MultiValueHeaderMap>(event, "multiValueHeaders");
  request.query_string_parameters = read_string_map<StringMap>(event, "queryStringParameters");
  request.multi_value_query_string_parameters =
      read_multi_value_map<MultiValueMap>(event, "multiValueQueryStringParameters");
  request.path_parameters = read_string_map<StringMap>(event, "pathParameters");
  request.stage_variables = read_string_map<StringMap>(event, "stageVariables");
  request.is_base64_encoded = read_flag(event, "isBase64Encoded");
  if (Json* body = body_of(event)) request.body = take_string(*body);
  Json* context = context_of(event);
  request.request_context = context != nullptr ? take_value(*context) : json::object();
  return request;
}

}  // namespace

bool CaseInsensitiveLess::operator()(std::string_view a, std::string_view b) const noexcept {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return lower(x) < lower(y); });
}

void from_json(const json& event, ProxyRequest& request) { request = read_request(event); }

ProxyRequest read_proxy_request(json&& event) { return read_request(event); }

void to_json(json& event, const ProxyRequest& request) {
  event = json{
      {"resource", request.resource},
      {"path", request.path},
      {"httpMethod", request.http_method},
      {"headers", map_or_null(request.headers)},
      {"multiValueHeaders", map_or_null(request.multi_value_headers)},
      {"queryStringParameters", map_or_null(request.query_string_parameters)},
      {"multiValueQueryStringParameters", map_or_null(request.multi_value_query_string_parameters)},
      {"pathParameters", map_or_null(request.path_parameters)},
      {"stageVariables", map_or_null(request.stage_variables)},
      {"requestContext", request.request_context},
      {"body", request.body ? json(*request.body) : json(nullptr)},
      {"isBase64Encoded", request.is_base64_encoded},
  };
}

void from_json(const json& result, ProxyResponse& response) {
  if (!result.is_object()) throw MalformedEvent("the response must be a JSON object");
  const json* status = member(result, "statusCode");
  if (status == nullptr || !status->is_number_integer()) malformed("statusCode", "an integer");
  response.status_code = status->get<int>();
  response.headers = read_string_map<HeaderMap>(result, "headers");
  response.multi_value_headers = read_multi_value_map<MultiValueHeaderMap>(result, "multiValueHeaders");
  response.body = read_string(result, "body", false);
  response.is_base64_encoded = read_flag(result, "isBase64Encoded");
}

void to_json(json& result, const ProxyResponse& response) {
  json headers = json::object();
  for (const auto& [name, value] : response.headers) headers[name] = value;
  result = {{"statusCode", response.status_code},
            {"headers", std::move(headers)},
            {"body", response.body},
            {"isBase64Encoded", response.is_base64_encoded}};
  if (!response.multi_value_headers.empty()) {
    result["multiValueHeaders"] = map_or_null(response.multi_value_headers);
  }
}

const std::string* find_header(const ProxyRequest& request, std::string_view name) {
  return last_value(request.headers, request.multi_value_headers, name);
}

const std::string* find_query_parameter(const ProxyRequest& request, std::string_view name) {
  return last_value(request.query_string_parameters, request.multi_value_query_string_parameters, name);
}

const std::string* find_path_parameter(const ProxyRequest& request, std::string_view name) {
  return find_in(request.path_parameters, name);
}

std::vector<std::string> query_parameter_values(const ProxyRequest& request, std::string_view name) {
  return all_values(request.query_string_parameters, request.multi_value_query_string_parameters, name);
}

std::vector<std::string> header_values(const ProxyRequest& request, std::string_view name) {
  return all_values(request.headers, request.multi_value_headers, name);
}

}  // namespace apigw
