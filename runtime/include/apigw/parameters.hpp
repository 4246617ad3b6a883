// Reads a request's path, query and header parameters and its JSON body into
// the handler's C++ types, recording every failure with its JSON pointer:
//   /path/<name>, /query/<name>, /query/<name>/<index>, /header/<name>, /body/...
// (docs/runtime.md, "The 400 body").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "apigw/proxy_event.hpp"
#include "apigw/validation.hpp"

namespace apigw {

// The pointer of a parameter: parameter_pointer("query", "limit") is "/query/limit".
std::string parameter_pointer(std::string_view location, std::string_view name);

// Records "is required" at `pointer` when a required value is absent; true when present.
bool check_presence(bool present, Presence presence, const JsonPointer& pointer, Failures& failures);

// One parameter's text (nullptr when absent) converted to T, recording failures
// at /<location>/<name>.
template <class T>
std::optional<T> convert_parameter(const std::string* text, std::string_view location, std::string_view name,
                                   Presence presence, Failures& failures) {
  const std::string where = parameter_pointer(location, name);
  const JsonPointer pointer(where);
  if (!check_presence(text != nullptr, presence, pointer, failures)) return std::nullopt;
  return convert_text<T>(*text, pointer, failures);
}

// Path parameters are always required.
template <class T>
std::optional<T> path_parameter(const ProxyRequest& request, std::string_view name, Failures& failures) {
  return convert_parameter<T>(find_path_parameter(request, name), "path", name, Presence::required, failures);
}

template <class T>
std::optional<T> query_parameter(const ProxyRequest& request, std::string_view name, Presence presence,
                                 Failures& failures) {
  return convert_parameter<T>(find_query_parameter(request, name), "query", name, presence, failures);
}

// Every value of a repeated query parameter (?tag=a&tag=b), each converted.
template <class T>
std::vector<T> query_parameter_list(const ProxyRequest& request, std::string_view name, Presence presence,
                                    Failures& failures) {
  const std::string where = parameter_pointer("query", name);
  const JsonPointer pointer(where);
  std::vector<std::string> texts = query_parameter_values(request, name);
  std::vector<T> values;
  if (!check_presence(!texts.empty(), presence, pointer, failures)) return values;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (auto value = convert_text<T>(texts[i], pointer.child(i), failures)) values.push_back(*value);
  }
  return values;
}

// Header names are matched without regard to case; the pointer uses `name` as declared.
template <class T>
std::optional<T> header_parameter(const ProxyRequest& request, std::string_view name, Presence presence,
                                  Failures& failures) {
  return convert_parameter<T>(find_header(request, name), "header", name, presence, failures);
}

// The body parsed as JSON (decoded from base64 first when isBase64Encoded);
// failures at "/body": "is required", "must be valid JSON".
std::optional<nlohmann::json> json_body(const ProxyRequest& request, Presence presence, Failures& failures);

// The body's bytes (decoded from base64 when isBase64Encoded), for binary and
// text media types; "/body" "must be valid base64" when the encoding is broken.
std::optional<std::string> body_bytes(const ProxyRequest& request, Presence presence, Failures& failures);

}  // namespace apigw
