// JSON reading and writing of C++ values exactly as the scanner's schemas
// describe them (docs/runtime.md, "Conversions and constraints"). A generated
// router specialises JsonCodec for each model; every other type the scanner
// maps is here. Never `to_json`/`from_json`: those names are the user's.
//
//   static std::optional<T> read(const nlohmann::json&, const JsonPointer& pointer, Failures&);
//   static nlohmann::json write(const T&);
//
// read records each failure at its JSON pointer and returns std::nullopt when
// there was one; it never throws for bad input.
#pragma once

#include <array>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "apigw/codec.hpp"
#include "apigw/constraints.hpp"
#include "apigw/validation.hpp"

namespace apigw {

template <class T, class Enable = void>
struct JsonCodec;  // A generated router defines it for each model.

namespace detail {

template <class T>
concept Scalar = std::same_as<T, bool> || std::integral<T> || std::floating_point<T>;

template <class T>
concept Byte = std::same_as<T, unsigned char> || std::same_as<T, std::byte>;

// Reads every element of a JSON array into `out` through `insert`; false on a failure.
template <class Element, class Insert>
bool read_elements(const nlohmann::json& json, const JsonPointer& pointer, Failures& failures, Insert insert) {
  if (!expect_array(json, pointer, failures)) return false;
  std::size_t before = failures.count();
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (auto element = JsonCodec<Element>::read(json[i], pointer.child(i), failures)) {
      insert(std::move(*element));
    }
  }
  return failures.count() == before;
}

template <class Range>
nlohmann::json write_elements(const Range& range) {
  nlohmann::json json = nlohmann::json::array();
  for (const auto& element : range) json.push_back(JsonCodec<std::remove_cvref_t<decltype(element)>>::write(element));
  return json;
}

}  // namespace detail

// bool, integers of every width, float and double: convert_json's rules.
template <detail::Scalar T>
struct JsonCodec<T> {
  static std::optional<T> read(const nlohmann::json& json, const JsonPointer& pointer, Failures& failures) {
    return convert_json<T>(json, pointer, failures);
  }
  static nlohmann::json write(T value) { return value; }
};

template <>
struct JsonCodec<std::string> {
  static std::optional<std::string> read(const nlohmann::json& json, const JsonPointer& pointer, Failures& failures) {
    return convert_json<std::string>(json, pointer, failures);
  }
  static nlohmann::json write(const std::string& value) { return value; }
};

// Any JSON value, as it is.
template <>
struct JsonCodec<nlohmann::json> {
  static std::optional<nlohmann::json> read(const nlohmann::json& json, std::string_view, Failures&) {
    return std::optional<nlohmann::json>(std::in_place, json);
  }
  static nlohmann::json write(const nlohmann::json& value) { return value; }
};

// `format: date-time` (RFC 3339).
template <>
struct JsonCodec<std::chrono::system_clock::time_point> {
  using Instant = std::chrono::system_clock::time_point;
  static std::optional<Instant> read(const nlohmann::json& json, const JsonPointer& pointer, Failures& failures) {
    std::optional<std::string> text = convert_json<std::string>(json, pointer, failures);
    if (!text) return std::nullopt;
    std::optional<Instant> instant = parse_date_time(*text);
    if (!instant) failures.add(pointer.text(), "must be an RFC 3339 date-time");
    return instant;
  }
  static nlohmann::json write(Instant value) { return format_date_time(value); }
};

// `format: byte` (base64).
template <detail::Byte B>
struct JsonCodec<std::vector<B>> {
  static std::optional<std::vector<B>> read(const nlohmann::json& json, const JsonPointer& pointer,
                                            Failures& failures) {
    std::optional<std::string> text = convert_json<std::string>(json, pointer, failures);
    if (!text) return std::nullopt;
    std::optional<std::string> bytes = base64_decode(*text);
    if (!bytes) {
      failures.add(pointer.text(), "must be valid base64");
      return std::nullopt;
    }
    std::vector<B> value(bytes->size());
    for (std::size_t i = 0; i < bytes->size(); ++i) value[i] = static_cast<B>((*bytes)[i]);
    return value;
  }
  static nlohmann::json write(const std::vector<B>& value) {
    return base64_encode(std::string_view(reinterpret_cast<const char*>(value.data()), value.size()));
  }
};

// The value when present; JSON null is not "absent" (the schemas are not nullable).
template <class T>
struct JsonCodec<std::optional<T>> {
  static std::optional<std::optional<T>> read(const nlohmann::json& json, const JsonPointer& pointer,
                                              Failures& failures) {
    std::optional<T> value = JsonCodec<T>::read(json, pointer, failures);
    if (!value) return std::nullopt;
    return std::optional<T>(std::move(value));
  }
  static nlohmann::json write(const std::optional<T>& value) {
    return value ? JsonCodec<T>::write(*value) : nlohmann::json();
  }
};

template <class Pointer>
  requires std::same_as<Pointer, std::unique_ptr<typename Pointer::element_type>> ||
           std::same_as<Pointer, std::shared_ptr<typename Pointer::element_type>>
struct JsonCodec<Pointer> {
  using T = typename Pointer::element_type;
  static std::optional<Pointer> read(const nlohmann::json& json, const JsonPointer& pointer, Failures& failures) {
    std::optional<T> value = JsonCodec<T>::read(json, pointer, failures);
    if (!value) return std::nullopt;
    return Pointer(new T(std::move(*value)));
  }
  static nlohmann::json write(const Pointer& value) { return value ? JsonCodec<T>::write(*value) : nlohmann::json(); }
};

// Sequences: vector, list, deque; sets and multisets (their schema has uniqueItems, checked apart).
template <class Container>
concept Sequence = requires { typename Container::value_type; } &&
                   (std::same_as<Container, std::vector<typename Container::value_type>> ||
                    std::same_as<Container, std::list<typename Container::value_type>> ||
                    std::same_as<Container, std::deque<typename Container::value_type>> ||
                    std::same_as<Container, std::set<typename Container::value_type>> ||
                    std::same_as<Container, std::multiset<typename Container::value_type>> ||
                    std::same_as<Container, std::unordered_set<typename Container::value_type>> ||
                    std::same_as<Container, std::unordered_multiset<typename Container::value_type>>);

template <Sequence Container>
  requires(!detail::Byte<typename Container::value_type> ||
           !std::same_as<Container, std::vector<typename Container::value_type>>)
struct JsonCodec<Container> {
  using Element = typename Container::value_type;
  static std::optional<Container> read(const nlohmann::json& json, const JsonPointer& pointer, Failures& failures) {
    Container value;
    auto insert = [&value](Element element) { value.insert(value.end(), std::move(element)); };
    if (!detail::read_elements<Element>(json, pointer, failures, insert)) return std::nullopt;
    return value;
  }
  static nlohmann::json write(const Container& value) { return detail::write_elements(value); }
};

// std::array<T, N>: exactly N items (minItems = maxItems = N in the schema).
template <class T, std::size_t N>
struct JsonCodec<std::array<T, N>> {
  static std::optional<std::array<T, N>> read(const nlohmann::json& json, const JsonPointer& pointer,
                                              Failures& failures) {
    std::vector<T> items;
    auto insert = [&items](T element) { items.push_back(std::move(element)); };
    if (!detail::read_elements<T>(json, pointer, failures, insert)) return std::nullopt;
    if (items.size() != N) {
      failures.add(pointer.text(), "must have " + std::to_string(N) + " items");
      return std::nullopt;
    }
    std::array<T, N> value{};
    for (std::size_t i = 0; i < N; ++i) value[i] = std::move(items[i]);
    return value;
  }
  static nlohmann::json write(const std::array<T, N>& value) { return detail::write_elements(value); }
};

// Objects with string keys: std::map and std::unordered_map.
template <class Map>
  requires std::same_as<typename Map::key_type, std::string> &&
           (std::same_as<Map, std::map<std::string, typename Map::mapped_type>> ||
            std::same_as<Map, std::unordered_map<std::string, typename Map::mapped_type>>)
struct JsonCodec<Map> {
  using T = typename Map::mapped_type;
  static std::optional<Map> read(const nlohmann::json& json, const JsonPointer& pointer, Failures& failures) {
    if (!expect_object(json, pointer, failures)) return std::nullopt;
    std::size_t before = failures.count();
    Map value;
    for (const auto& [key, member] : json.items()) {
      if (auto item = JsonCodec<T>::read(member, pointer.child(key), failures)) {
        value.emplace(key, std::move(*item));
      }
    }
    if (failures.count() != before) return std::nullopt;
    return value;
  }
  static nlohmann::json write(const Map& value) {
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [key, item] : value) json[key] = JsonCodec<T>::write(item);
    return json;
  }
};

// `oneOf`: the first alternative, in declaration order, that reads the value
// without a failure; std::monostate is JSON null.
template <class... Alternatives>
struct JsonCodec<std::variant<Alternatives...>> {
  using Variant = std::variant<Alternatives...>;
  static std::optional<Variant> read(const nlohmann::json& json, const JsonPointer& pointer, Failures& failures) {
    std::optional<Variant> value;
    (try_read<Alternatives>(json, pointer, value) || ...);
    if (!value) failures.add(pointer.text(), "must match one of the schemas in oneOf");
    return value;
  }
  static nlohmann::json write(const Variant& value) {
    return std::visit([](const auto& alternative) { return write_alternative(alternative); }, value);
  }

 private:
  template <class T>
  static bool try_read(const nlohmann::json& json, const JsonPointer& pointer, std::optional<Variant>& value) {
    if constexpr (std::same_as<T, std::monostate>) {
      if (json.is_null()) value.emplace(std::monostate{});
    } else {
      Failures scratch;
      if (auto alternative = JsonCodec<T>::read(json, pointer, scratch)) value.emplace(std::in_place_type<T>, std::move(*alternative));
    }
    return value.has_value();
  }
  template <class T>
  static nlohmann::json write_alternative(const T& alternative) {
    if constexpr (std::same_as<T, std::monostate>) {
      return nullptr;
    } else {
      return JsonCodec<T>::write(alternative);
    }
  }
};

// A raw pointer member is written (null is left out); it cannot be read.
template <class T>
struct JsonCodec<T*> {
  static nlohmann::json write(const T* value) {
    return value ? JsonCodec<std::remove_const_t<T>>::write(*value) : nlohmann::json();
  }
};

// ---------------------------------------------------------------- helpers for generated code

// Whether a member's value is written: an empty optional or pointer is left out.
template <class T>
bool has_value(const T& value) {
  if constexpr (requires { value.has_value(); }) {
    return value.has_value();
  } else if constexpr (std::is_pointer_v<T> || requires { value.get(); }) {
    return value != nullptr;
  } else {
    return true;
  }
}

// A value of any type the scanner maps, as JSON.
template <class T>
nlohmann::json write_json(const T& value) {
  return JsonCodec<T>::write(value);
}

// Writes a member unless it is an empty optional or pointer.
template <class M>
void write_member(nlohmann::json& object, std::string_view name, const M& value) {
  if (has_value(value)) object[std::string(name)] = JsonCodec<M>::write(value);
}

// Reads one member of a model's object into `target`: absent, `target` keeps
// its default member initializer (or "is required" is recorded); present, its
// constraints are checked and it is converted. JSON null is "absent" only for
// a `nullable` member.
template <class M>
void read_member(const nlohmann::json& object, std::string_view name, Presence presence, bool nullable,
                 const Constraints* constraints, const JsonPointer& object_pointer, Failures& failures, M& target) {
  const nlohmann::json* member = find_member(object, name, presence, object_pointer, failures);
  if (!member || (nullable && member->is_null())) return;
  const JsonPointer pointer = object_pointer.child(name);
  if (constraints) check(*member, *constraints, pointer, failures);
  if (std::optional<M> value = JsonCodec<M>::read(*member, pointer, failures)) target = std::move(*value);
}

// One enumerator and its wire value (a string, or NLOHMANN_JSON_SERIALIZE_ENUM's value).
template <class E>
struct EnumValue {
  E value;
  nlohmann::json wire;
};

// As nlohmann's enum serialization does: the first pair that matches.
template <class E, std::size_t N>
std::optional<E> read_enum(const nlohmann::json& json, const EnumValue<E> (&values)[N], const JsonPointer& pointer,
                           Failures& failures) {
  std::vector<std::string> texts;
  for (const EnumValue<E>& pair : values) {
    if (pair.wire == json) return pair.value;
    texts.push_back(pair.wire.is_string() ? pair.wire.template get<std::string>() : pair.wire.dump());
  }
  failures.add(pointer.text(), detail::one_of_message(std::vector<std::string_view>(texts.begin(), texts.end())));
  return std::nullopt;
}

// The first pair's wire value for an enumerator the table does not list, as nlohmann does.
template <class E, std::size_t N>
nlohmann::json write_enum(E value, const EnumValue<E> (&values)[N]) {
  for (const EnumValue<E>& pair : values) {
    if (pair.value == value) return pair.wire;
  }
  return values[0].wire;
}

// A default value as the document writes it (`default`), read once.
template <class T>
T default_value(std::string_view json_text) {
  Failures failures;
  std::optional<T> value = JsonCodec<T>::read(nlohmann::json::parse(json_text), "", failures);
  return value ? std::move(*value) : T{};
}

}  // namespace apigw
