// A handler's arguments read from a request by their declared C++ types: what
// each line of a generated route function calls (docs/runtime.md, "The
// generated code"). Conversions are JsonCodec's; constraints are checked on
// the value's JSON form, so a parameter and a body member obey one set of rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "apigw/constraints.hpp"
#include "apigw/json_codec.hpp"
#include "apigw/parameters.hpp"
#include "apigw/proxy_event.hpp"
#include "apigw/validation.hpp"

namespace apigw {

enum class ParameterIn { path, query, header };

// What the document says of one path, query or header parameter.
struct ParameterRules {
  ParameterIn in = ParameterIn::query;
  std::string_view name{};  // the wire name
  Presence presence = Presence::optional;
  std::optional<std::string_view> default_json{};  // `default`, as JSON text
  const Constraints* constraints = nullptr;
};

namespace detail {

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

template <class T>
concept TextScalar = Scalar<T> || std::same_as<T, std::string>;

// A repeated parameter (?tag=a&tag=b) is read into a container; a string is one value.
template <class T>
concept Repeated = !std::same_as<T, std::string> && !IsOptional<T>::value && requires { typename T::value_type; };

std::string_view location_name(ParameterIn in);
std::vector<std::string> parameter_texts(const ProxyRequest& request, const ParameterRules& rules);

}  // namespace detail

// A parameter's text as T: numbers, bool and strings as parse_text reads them;
// any other type (an enum, a date-time) as the JSON string it would be in a body.
template <class T>
std::optional<T> read_text(std::string_view text, const JsonPointer& pointer, Failures& failures) {
  if constexpr (detail::TextScalar<T>) {
    return convert_text<T>(text, pointer, failures);
  } else {
    return JsonCodec<T>::read(nlohmann::json(std::string(text)), pointer, failures);
  }
}

// The value of a parameter whose declared type is Declared (`const std::string&`,
// `std::optional<int>`, `std::vector<Status>`): absent, it is the default, an
// empty optional or container, or "is required"; present, it is converted and
// its constraints checked. std::nullopt when a failure was recorded.
template <class Declared>
std::optional<std::remove_cvref_t<Declared>> parameter_argument(const ProxyRequest& request,
                                                                  const ParameterRules& rules, Failures& failures) {
  using Value = std::remove_cvref_t<Declared>;
  const std::string where = parameter_pointer(detail::location_name(rules.in), rules.name);
  const JsonPointer pointer(where);
  std::vector<std::string> texts = detail::parameter_texts(request, rules);
  if (!check_presence(!texts.empty(), rules.presence, pointer, failures)) {
    if (rules.presence == Presence::required) return std::nullopt;
    return rules.default_json ? default_value<Value>(*rules.default_json) : Value{};
  }
  std::size_t before = failures.count();
  std::optional<Value> value;
  if constexpr (detail::Repeated<Value>) {
    Value items;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      auto item = read_text<typename Value::value_type>(texts[i], pointer.child(i), failures);
      if (item) items.insert(items.end(), std::move(*item));
    }
    value = std::move(items);
  } else if constexpr (detail::IsOptional<Value>::value) {
    if (auto item = read_text<typename Value::value_type>(texts.back(), pointer, failures)) value = Value(std::move(*item));
  } else {
    value = read_text<Value>(texts.back(), pointer, failures);
  }
  if (value && rules.constraints) check(JsonCodec<Value>::write(*value), *rules.constraints, pointer, failures);
  if (failures.count() != before) return std::nullopt;
  return value;
}

// The JSON body read as Declared, its constraints checked first.
template <class Declared>
std::optional<std::remove_cvref_t<Declared>> body_argument(const ProxyRequest& request, Presence presence,
                                                             const Constraints* constraints, Failures& failures) {
  using Value = std::remove_cvref_t<Declared>;
  std::size_t before = failures.count();
  std::optional<nlohmann::json> body = json_body(request, presence, failures);
  if (!body) {
    if (failures.count() != before) return std::nullopt;
    return Value{};
  }
  if (constraints) check(*body, *constraints, "/body", failures);
  std::optional<Value> value = JsonCodec<Value>::read(*body, "/body", failures);
  if (failures.count() != before) return std::nullopt;
  return value;
}

// The body's bytes as Declared (`std::string` or a byte vector), for text and binary media types.
template <class Declared>
std::optional<std::remove_cvref_t<Declared>> bytes_argument(const ProxyRequest& request, Presence presence,
                                                              Failures& failures) {
  using Value = std::remove_cvref_t<Declared>;
  std::size_t before = failures.count();
  std::optional<std::string> bytes = body_bytes(request, presence, failures);
  if (failures.count() != before) return std::nullopt;
  if (!bytes) return Value{};
  return Value(bytes->begin(), bytes->end());
}

}  // namespace apigw
