// The keywords of a schema checked on a JSON value, with the messages of the
// check_* functions (validation.hpp).
#include "apigw/constraints.hpp"

#include <cstdint>

namespace apigw {
namespace {

// Calls `f` with the number held by `json` as its own C++ type, so that
// integer comparisons stay exact.
template <class F>
void with_number(const nlohmann::json& json, F f) {
  if (json.is_number_unsigned()) {
    f(json.get<std::uint64_t>());
  } else if (json.is_number_integer()) {
    f(json.get<std::int64_t>());
  } else {
    f(json.get<double>());
  }
}

void check_number(const nlohmann::json& value, const Constraints& c, const JsonPointer& pointer, Failures& failures) {
  with_number(value, [&](auto number) {
    if (c.minimum) {
      with_number(*c.minimum, [&](auto bound) {
        if (c.exclusive_minimum) {
          check_exclusive_minimum(number, bound, pointer, failures);
        } else {
          check_minimum(number, bound, pointer, failures);
        }
      });
    }
    if (c.maximum) {
      with_number(*c.maximum, [&](auto bound) {
        if (c.exclusive_maximum) {
          check_exclusive_maximum(number, bound, pointer, failures);
        } else {
          check_maximum(number, bound, pointer, failures);
        }
      });
    }
    if (c.multiple_of) {
      with_number(*c.multiple_of, [&](auto divisor) { check_multiple_of(number, divisor, pointer, failures); });
    }
  });
}

void check_string(const std::string& text, const Constraints& c, const JsonPointer& pointer, Failures& failures) {
  if (c.min_length) check_min_length(text, *c.min_length, pointer, failures);
  if (c.max_length) check_max_length(text, *c.max_length, pointer, failures);
  if (c.pattern) check_pattern(text, c.pattern->regex, c.pattern->text, pointer, failures);
}

void check_array(const nlohmann::json& array, const Constraints& c, const JsonPointer& pointer, Failures& failures) {
  if (c.min_items) check_min_items(array.size(), *c.min_items, pointer, failures);
  if (c.max_items) check_max_items(array.size(), *c.max_items, pointer, failures);
  if (c.unique_items) check_unique_items(array, pointer, failures);
  if (!c.items) return;
  for (std::size_t i = 0; i < array.size(); ++i) check(array[i], *c.items, pointer.child(i), failures);
}

void check_object(const nlohmann::json& object, const Constraints& c, const JsonPointer& pointer, Failures& failures) {
  if (!c.values) return;
  for (const auto& [key, member] : object.items()) check(member, *c.values, pointer.child(key), failures);
}

void check_enum_value(const nlohmann::json& value, const nlohmann::json& allowed, const JsonPointer& pointer,
                      Failures& failures) {
  std::vector<std::string> texts;
  for (const nlohmann::json& item : allowed) {
    if (item == value) return;
    texts.push_back(item.is_string() ? item.get<std::string>() : item.dump());
  }
  failures.add(pointer.text(), detail::one_of_message(std::vector<std::string_view>(texts.begin(), texts.end())));
}

}  // namespace

void check(const nlohmann::json& value, const Constraints& constraints, const JsonPointer& pointer, Failures& failures) {
  if (value.is_number()) check_number(value, constraints, pointer, failures);
  if (value.is_string()) check_string(value.get_ref<const std::string&>(), constraints, pointer, failures);
  if (value.is_array()) check_array(value, constraints, pointer, failures);
  if (value.is_object()) check_object(value, constraints, pointer, failures);
  if (constraints.enum_values) check_enum_value(value, *constraints.enum_values, pointer, failures);
}

}  // namespace apigw
