// Building blocks of generated request validation: the failure list with JSON
// pointers, text and JSON converters that accept exactly what a JSON schema
// type accepts, and one check per schema constraint. Every function records a
// failure and returns; none throws for bad input (docs/runtime.md).
#pragma once

#include <cmath>
#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace apigw {

// Whether a parameter, body or member must be present.
enum class Presence { optional, required };

struct FieldFailure {
  std::string path;  // a JSON pointer (RFC 6901): "/body/items/0/name"
  std::string message;
};

// The failures of one request, in the order they were found.
class Failures {
 public:
  void add(std::string path, std::string message) { items_.push_back({std::move(path), std::move(message)}); }
  bool empty() const noexcept { return items_.empty(); }
  std::size_t count() const noexcept { return items_.size(); }
  const std::vector<FieldFailure>& items() const noexcept { return items_; }

 private:
  std::vector<FieldFailure> items_;
};

// The 400 body: {"message": "2 validation errors detected", "fieldList": [{"path", "message"}...]}.
nlohmann::json validation_error_body(const Failures& failures);

// JSON pointers (RFC 6901): '~' is written "~0" and '/' "~1" inside a token.
std::string escape_pointer_token(std::string_view token);

// Where a value is in the request, as the JSON pointer a failure names: a root
// written out ("/body", "/query/limit") and the members and items below it,
// whose text is built only when a failure is recorded — most values have none.
// A child refers to its parent, so it lives only as long as the call it is
// passed to; a root refers to its text.
class JsonPointer {
 public:
  JsonPointer(const char* root) : token_(root) {}
  JsonPointer(std::string_view root) : token_(root) {}
  JsonPointer(const std::string& root) : token_(root) {}

  JsonPointer child(std::string_view member) const { return {this, member, no_index}; }
  JsonPointer child(std::size_t index) const { return {this, {}, index}; }
  // "/body/items/0/name".
  std::string text() const;

 private:
  static constexpr std::size_t no_index = static_cast<std::size_t>(-1);
  JsonPointer(const JsonPointer* parent, std::string_view member, std::size_t index)
      : parent_(parent), token_(member), index_(index) {}
  void append_to(std::string& text) const;

  const JsonPointer* parent_ = nullptr;
  std::string_view token_;  // the root's text, or a member's name (unescaped)
  std::size_t index_ = no_index;
};

// ---------------------------------------------------------------- converters

// The text of a path, query or header parameter read as the schema type of T:
// integers as JSON writes them (optional '-', no '+', no leading zeros, no
// spaces, within T's range), bool as `true` or `false`, floating point as a
// JSON number, strings as they are. std::nullopt when the text is not one.
template <class T>
std::optional<T> parse_text(std::string_view text);

// The same with the failure recorded at `pointer` ("must be an integer from 0 to 255").
template <class T>
std::optional<T> convert_text(std::string_view text, const JsonPointer& pointer, Failures& failures);

// A JSON value read as T: integers only from JSON integers within T's range,
// bool from true/false, floating point from any number, strings from strings.
template <class T>
std::optional<T> convert_json(const nlohmann::json& value, const JsonPointer& pointer, Failures& failures);

// Records "must be an object" unless `value` is one.
bool expect_object(const nlohmann::json& value, const JsonPointer& pointer, Failures& failures);
// Records "must be an array" unless `value` is one.
bool expect_array(const nlohmann::json& value, const JsonPointer& pointer, Failures& failures);
// The member `name` of an object, or nullptr when absent (recording
// "is required" at its pointer when it must be present).
const nlohmann::json* find_member(const nlohmann::json& object, std::string_view name, Presence presence,
                                  const JsonPointer& object_pointer, Failures& failures);

// An enum by its wire name, from a table the generator writes.
template <class E>
std::optional<E> convert_enum(std::string_view text, std::initializer_list<std::pair<std::string_view, E>> names,
                              const JsonPointer& pointer, Failures& failures);

// What a value must be, for failure messages: "an integer from -128 to 127".
template <class T>
std::string type_description();

// ---------------------------------------------------------------- constraints

// The number of Unicode code points in UTF-8 text, as JSON Schema counts length.
std::size_t code_point_count(std::string_view utf8);

void check_min_length(std::string_view text, std::size_t min, const JsonPointer& pointer, Failures& failures);
void check_max_length(std::string_view text, std::size_t max, const JsonPointer& pointer, Failures& failures);
// ECMAScript regular expression, not anchored (JSON Schema's `pattern`);
// `source` is the pattern's text, for the message.
void check_pattern(std::string_view text, const std::regex& pattern, std::string_view source,
                   const JsonPointer& pointer, Failures& failures);
void check_enum(std::string_view value, std::initializer_list<std::string_view> allowed, const JsonPointer& pointer,
                Failures& failures);
void check_min_items(std::size_t count, std::size_t min, const JsonPointer& pointer, Failures& failures);
void check_max_items(std::size_t count, std::size_t max, const JsonPointer& pointer, Failures& failures);
void check_unique_items(const nlohmann::json& array, const JsonPointer& pointer, Failures& failures);

namespace detail {
std::string one_of_message(const std::vector<std::string_view>& allowed);

template <class T>
concept Number = std::integral<T> || std::floating_point<T>;

// a < b without the surprises of mixed signed, unsigned and floating types.
template <Number A, Number B>
bool less(A a, B b) {
  if constexpr (std::integral<A> && std::integral<B>) {
    return std::cmp_less(a, b);
  } else {
    return static_cast<long double>(a) < static_cast<long double>(b);
  }
}

template <Number T>
std::string number_text(T value) {
  return nlohmann::json(value).dump();
}

// Records `requirement` followed by the bound unless the check `holds`.
template <Number B>
void check_bound(bool holds, std::string_view requirement, B bound, const JsonPointer& pointer, Failures& failures) {
  if (!holds) failures.add(pointer.text(), std::string(requirement).append(number_text(bound)));
}

template <Number A, Number B>
bool is_multiple(A value, B divisor) {
  if constexpr (std::integral<A> && std::integral<B>) {
    return divisor != 0 && value % divisor == 0;
  } else {
    // A relative tolerance, so that 0.3 counts as a multiple of 0.1 although
    // neither is exact in binary floating point.
    long double quotient = static_cast<long double>(value) / static_cast<long double>(divisor);
    return std::fabs(quotient - std::round(quotient)) <= 1e-9L * std::fmax(1.0L, std::fabs(quotient));
  }
}
}  // namespace detail

template <detail::Number T, detail::Number B>
void check_minimum(T value, B min, const JsonPointer& pointer, Failures& failures) {
  detail::check_bound(!detail::less(value, min), "must be at least ", min, pointer, failures);
}

template <detail::Number T, detail::Number B>
void check_exclusive_minimum(T value, B min, const JsonPointer& pointer, Failures& failures) {
  detail::check_bound(detail::less(min, value), "must be greater than ", min, pointer, failures);
}

template <detail::Number T, detail::Number B>
void check_maximum(T value, B max, const JsonPointer& pointer, Failures& failures) {
  detail::check_bound(!detail::less(max, value), "must be at most ", max, pointer, failures);
}

template <detail::Number T, detail::Number B>
void check_exclusive_maximum(T value, B max, const JsonPointer& pointer, Failures& failures) {
  detail::check_bound(detail::less(value, max), "must be less than ", max, pointer, failures);
}

template <detail::Number T, detail::Number B>
void check_multiple_of(T value, B divisor, const JsonPointer& pointer, Failures& failures) {
  detail::check_bound(detail::is_multiple(value, divisor), "must be a multiple of ", divisor, pointer, failures);
}

// uniqueItems over converted values; T needs operator==.
template <class T>
void check_unique_items(const std::vector<T>& items, const JsonPointer& pointer, Failures& failures) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (std::size_t j = i + 1; j < items.size(); ++j) {
      if (items[i] == items[j]) {
        failures.add(pointer.text(),
                     "must not contain duplicates (items " + std::to_string(i) + " and " + std::to_string(j) + ")");
        return;
      }
    }
  }
}

// ---------------------------------------------------------------- definitions

template <class T>
std::optional<T> convert_text(std::string_view text, const JsonPointer& pointer, Failures& failures) {
  std::optional<T> value = parse_text<T>(text);
  if (!value) failures.add(pointer.text(), "must be " + type_description<T>());
  return value;
}

template <class E>
std::optional<E> convert_enum(std::string_view text, std::initializer_list<std::pair<std::string_view, E>> names,
                              const JsonPointer& pointer, Failures& failures) {
  std::vector<std::string_view> wire_names;
  for (const auto& [name, value] : names) {
    if (name == text) return value;
    wire_names.push_back(name);
  }
  failures.add(pointer.text(), detail::one_of_message(wire_names));
  return std::nullopt;
}

}  // namespace apigw
