// A schema's constraints as data, checked on the JSON form of a value: what a
// generated router writes once per parameter, body and model member, so that
// each keyword of the document is one line of generated code and the checks
// are the runtime's, tested once (docs/runtime.md, "Conversions and constraints").
#pragma once

#include <cstddef>
#include <optional>
#include <regex>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "apigw/validation.hpp"

namespace apigw {

// `pattern`: the ECMAScript regular expression and its text, for the message.
struct Pattern {
  explicit Pattern(std::string source) : text(std::move(source)), regex(text, std::regex::ECMAScript) {}
  std::string text;
  std::regex regex;
};

// The keywords of one OpenAPI 3.0 schema object; an unset one does not apply.
// Bounds are JSON numbers so that an integer bound stays exact.
struct Constraints {
  std::optional<nlohmann::json> minimum{};
  bool exclusive_minimum = false;  // OpenAPI 3.0: modifies `minimum`
  std::optional<nlohmann::json> maximum{};
  bool exclusive_maximum = false;
  std::optional<nlohmann::json> multiple_of{};
  std::optional<std::size_t> min_length{};
  std::optional<std::size_t> max_length{};
  std::optional<Pattern> pattern{};
  std::optional<nlohmann::json> enum_values{};  // an array
  std::optional<std::size_t> min_items{};
  std::optional<std::size_t> max_items{};
  bool unique_items = false;
  const Constraints* items = nullptr;   // each item of an array
  const Constraints* values = nullptr;  // each value of an object (additionalProperties)
};

// Records a failure at `pointer` for each keyword `value` breaks. A keyword
// for another JSON type than the value's is not checked: the conversion
// reports the wrong type.
void check(const nlohmann::json& value, const Constraints& constraints, const JsonPointer& pointer, Failures& failures);

}  // namespace apigw
