// The API Gateway REST proxy event (payload format 1.0) and the response a
// Lambda proxy integration returns, read from and written to JSON with the
// field names AWS documents. docs/runtime.md describes both.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace apigw {

// Orders ASCII text without regard to case: HTTP header names are
// case-insensitive, so "content-type" finds "Content-Type".
struct CaseInsensitiveLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept;
};

using StringMap = std::map<std::string, std::string, std::less<>>;
using MultiValueMap = std::map<std::string, std::vector<std::string>, std::less<>>;
using HeaderMap = std::map<std::string, std::string, CaseInsensitiveLess>;
using MultiValueHeaderMap = std::map<std::string, std::vector<std::string>, CaseInsensitiveLess>;

// One request as API Gateway hands it to a Lambda proxy integration. A map the
// event gives as `null` (API Gateway's way of saying "none") reads as empty.
struct ProxyRequest {
  std::string resource;     // the matched template: "/pets/{pet_id}", "/files/{proxy+}"
  std::string path;         // the concrete path: "/pets/42"
  std::string http_method;  // "GET", "POST"...
  HeaderMap headers;        // the last value of each header
  MultiValueHeaderMap multi_value_headers;
  StringMap query_string_parameters;  // the last value of each parameter
  MultiValueMap multi_value_query_string_parameters;
  StringMap path_parameters;
  StringMap stage_variables;
  std::optional<std::string> body;  // absent or null: no body
  bool is_base64_encoded = false;
  nlohmann::json request_context = nlohmann::json::object();  // as sent
};

// What a handler route answers; `headers` and `multi_value_headers` combine as
// API Gateway combines them.
struct ProxyResponse {
  int status_code = 200;
  HeaderMap headers;
  MultiValueHeaderMap multi_value_headers;
  std::string body;
  bool is_base64_encoded = false;
};

// Thrown by from_json when an event does not have the documented shape; its
// message names the field ("httpMethod must be a string").
class MalformedEvent : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void from_json(const nlohmann::json& event, ProxyRequest& request);
void to_json(nlohmann::json& event, const ProxyRequest& request);
void from_json(const nlohmann::json& result, ProxyResponse& response);
void to_json(nlohmann::json& result, const ProxyResponse& response);
// from_json for an event the caller gives up: its strings and the request
// context are moved instead of copied (handle() reads each event once).
ProxyRequest read_proxy_request(nlohmann::json&& event);
// to_json's document as compact text, invalid UTF-8 replaced by U+FFFD (a
// handler may put any bytes in a text body), written without building the
// document first (handle() answers each event with it).
std::string response_text(const ProxyResponse& response);

// The value of one header, one parameter: nullptr when absent.
const std::string* find_header(const ProxyRequest& request, std::string_view name);
const std::string* find_query_parameter(const ProxyRequest& request, std::string_view name);
const std::string* find_path_parameter(const ProxyRequest& request, std::string_view name);
// Every value of a query parameter (multiValueQueryStringParameters, else the
// single value); empty when absent.
std::vector<std::string> query_parameter_values(const ProxyRequest& request, std::string_view name);
// Every value of a header (multiValueHeaders, else the single value).
std::vector<std::string> header_values(const ProxyRequest& request, std::string_view name);

}  // namespace apigw
