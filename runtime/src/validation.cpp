// Failure lists, JSON pointers, converters and the non-numeric constraints.
#include "apigw/validation.hpp"

#include <charconv>
#include <cstdint>
#include <set>

namespace apigw {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Skips a run of digits from `i`; false when there is none.
bool skip_digits(std::string_view text, std::size_t& i) {
  std::size_t start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  return i > start;
}

// JSON's integer grammar: -?(0|[1-9][0-9]*).
bool is_json_integer(std::string_view text) {
  std::size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  if (i < text.size() && text[i] == '0') return i + 1 == text.size();
  return skip_digits(text, i) && i == text.size();
}

// JSON's number grammar: an integer, then .digits, then e[+-]digits.
bool is_json_number(std::string_view text) {
  std::size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  if (i < text.size() && text[i] == '0') {
    ++i;
  } else if (!skip_digits(text, i)) {
    return false;
  }
  if (i < text.size() && text[i] == '.' && !(++i, skip_digits(text, i))) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (!skip_digits(text, i)) return false;
  }
  return i == text.size();
}

template <class T>
std::optional<T> from_chars_whole(std::string_view text) {
  T value{};
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

template <std::floating_point T>
std::optional<T> finite(std::optional<T> value) {
  if (value && !std::isfinite(*value)) return std::nullopt;
  return value;
}

std::string quoted(std::string_view text) { return std::string("'").append(text).append("'"); }

}  // namespace

namespace detail {
std::string one_of_message(const std::vector<std::string_view>& allowed) {
  std::string message = "must be one of ";
  for (std::size_t i = 0; i < allowed.size(); ++i) {
    if (i > 0) message += ", ";
    message += quoted(allowed[i]);
  }
  return message;
}
}  // namespace detail

nlohmann::json validation_error_body(const Failures& failures) {
  nlohmann::json list = nlohmann::json::array();
  for (const FieldFailure& failure : failures.items()) {
    list.push_back({{"path", failure.path}, {"message", failure.message}});
  }
  std::size_t count = failures.items().size();
  std::string message = std::to_string(count) + (count == 1 ? " validation error" : " validation errors") + " detected";
  return {{"message", std::move(message)}, {"fieldList", std::move(list)}};
}

namespace {

void append_pointer_token(std::string& pointer, std::string_view token) {
  for (char c : token) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer += c;
    }
  }
}

}  // namespace

std::string escape_pointer_token(std::string_view token) {
  std::string escaped;
  escaped.reserve(token.size());
  append_pointer_token(escaped, token);
  return escaped;
}

void JsonPointer::append_to(std::string& text) const {
  if (parent_ == nullptr) {
    text.append(token_);
    return;
  }
  parent_->append_to(text);
  text.push_back('/');
  if (index_ != no_index) {
    text.append(std::to_string(index_));
  } else {
    append_pointer_token(text, token_);
  }
}

std::string JsonPointer::text() const {
  std::string text;
  append_to(text);
  return text;
}

// ------------------------------------------------------------------ text

template <class T>
std::optional<T> parse_text(std::string_view text) {
  if constexpr (std::same_as<T, bool>) {
    if (text == "true") return true;
    if (text == "false") return false;
    return std::nullopt;
  } else if constexpr (std::integral<T>) {
    if (!is_json_integer(text)) return std::nullopt;
    if (std::unsigned_integral<T> && text == "-0") return T{0};
    return from_chars_whole<T>(text);
  } else if constexpr (std::floating_point<T>) {
    if (!is_json_number(text)) return std::nullopt;
    return finite(from_chars_whole<T>(text));
  } else {
    static_assert(std::same_as<T, std::string>, "parse_text: a number, bool or std::string");
    return std::string(text);
  }
}

template <class T>
std::string type_description() {
  if constexpr (std::same_as<T, bool>) {
    return "true or false";
  } else if constexpr (std::integral<T>) {
    return "an integer from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
           std::to_string(std::numeric_limits<T>::max());
  } else if constexpr (std::floating_point<T>) {
    return "a number";
  } else {
    return "a string";
  }
}

// ------------------------------------------------------------------ JSON

template <class T>
std::optional<T> convert_json(const nlohmann::json& value, const JsonPointer& pointer, Failures& failures) {
  std::optional<T> result;
  if constexpr (std::same_as<T, bool>) {
    if (value.is_boolean()) result = value.get<bool>();
  } else if constexpr (std::integral<T>) {
    if (value.is_number_unsigned()) {
      auto number = value.get<std::uint64_t>();
      if (std::in_range<T>(number)) result = static_cast<T>(number);
    } else if (value.is_number_integer()) {
      auto number = value.get<std::int64_t>();
      if (std::in_range<T>(number)) result = static_cast<T>(number);
    }
  } else if constexpr (std::floating_point<T>) {
    if (value.is_number()) result = finite(std::optional<T>(value.get<T>()));
  } else {
    if (value.is_string()) result = value.get<std::string>();
  }
  if (!result) failures.add(pointer.text(), "must be " + type_description<T>());
  return result;
}

#define APIGW_INSTANTIATE(T)                                                                                \
  template std::optional<T> parse_text<T>(std::string_view);                                               \
  template std::string type_description<T>();                                                              \
  template std::optional<T> convert_json<T>(const nlohmann::json&, const JsonPointer&, Failures&);
APIGW_INSTANTIATE(bool)
APIGW_INSTANTIATE(signed char)
APIGW_INSTANTIATE(short)
APIGW_INSTANTIATE(int)
APIGW_INSTANTIATE(long)
APIGW_INSTANTIATE(long long)
APIGW_INSTANTIATE(unsigned char)
APIGW_INSTANTIATE(unsigned short)
APIGW_INSTANTIATE(unsigned int)
APIGW_INSTANTIATE(unsigned long)
APIGW_INSTANTIATE(unsigned long long)
APIGW_INSTANTIATE(float)
APIGW_INSTANTIATE(double)
APIGW_INSTANTIATE(std::string)
#undef APIGW_INSTANTIATE

bool expect_object(const nlohmann::json& value, const JsonPointer& pointer, Failures& failures) {
  if (!value.is_object()) failures.add(pointer.text(), "must be an object");
  return value.is_object();
}

bool expect_array(const nlohmann::json& value, const JsonPointer& pointer, Failures& failures) {
  if (!value.is_array()) failures.add(pointer.text(), "must be an array");
  return value.is_array();
}

const nlohmann::json* find_member(const nlohmann::json& object, std::string_view name, Presence presence,
                                  const JsonPointer& object_pointer, Failures& failures) {
  auto it = object.find(name);
  if (it != object.end()) return &*it;
  if (presence == Presence::required) failures.add(object_pointer.child(name).text(), "is required");
  return nullptr;
}

// ------------------------------------------------------------------ constraints

std::size_t code_point_count(std::string_view utf8) {
  std::size_t count = 0;
  for (char c : utf8) {
    // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

void check_min_length(std::string_view text, std::size_t min, const JsonPointer& pointer, Failures& failures) {
  if (code_point_count(text) < min) {
    failures.add(pointer.text(), "must be at least " + std::to_string(min) + " characters long");
  }
}

void check_max_length(std::string_view text, std::size_t max, const JsonPointer& pointer, Failures& failures) {
  if (code_point_count(text) > max) {
    failures.add(pointer.text(), "must be at most " + std::to_string(max) + " characters long");
  }
}

void check_pattern(std::string_view text, const std::regex& pattern, std::string_view source,
                   const JsonPointer& pointer, Failures& failures) {
  if (!std::regex_search(text.begin(), text.end(), pattern)) {
    failures.add(pointer.text(), "must match the pattern " + quoted(source));
  }
}

void check_enum(std::string_view value, std::initializer_list<std::string_view> allowed, const JsonPointer& pointer,
                Failures& failures) {
  for (std::string_view name : allowed) {
    if (name == value) return;
  }
  failures.add(pointer.text(), detail::one_of_message(std::vector<std::string_view>(allowed)));
}

void check_min_items(std::size_t count, std::size_t min, const JsonPointer& pointer, Failures& failures) {
  if (count < min) failures.add(pointer.text(), "must have at least " + std::to_string(min) + " items");
}

void check_max_items(std::size_t count, std::size_t max, const JsonPointer& pointer, Failures& failures) {
  if (count > max) failures.add(pointer.text(), "must have at most " + std::to_string(max) + " items");
}

void check_unique_items(const nlohmann::json& array, const JsonPointer& pointer, Failures& failures) {
  if (!array.is_array()) return;
  std::vector<nlohmann::json> items(array.begin(), array.end());
  check_unique_items(items, pointer, failures);
}

}  // namespace apigw
