// JSON helpers shared by the models: std::optional support and compact().
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>

NLOHMANN_JSON_NAMESPACE_BEGIN
/// std::optional<T>: an empty optional reads from and writes as JSON null.
template <typename T> struct adl_serializer<std::optional<T>> {
  template <typename BasicJsonType>
  static void to_json(BasicJsonType &j, const std::optional<T> &value) {
    if (value)
      j = *value;
    else
      j = nullptr;
  }
  template <typename BasicJsonType>
  static void from_json(const BasicJsonType &j, std::optional<T> &value) {
    if (j.is_null())
      value.reset();
    else
      value = j.template get<T>();
  }
};
NLOHMANN_JSON_NAMESPACE_END

namespace petstore {

/// Drops null object members, recursively. Absent optionals are left out of
/// responses rather than sent as null: the API's schemas mark them as not
/// required, and API Gateway models have no `nullable`.
inline nlohmann::json compact(nlohmann::json value) {
  if (value.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (auto &[key, member] : value.items())
      if (!member.is_null())
        out[key] = compact(std::move(member));
    return out;
  }
  if (value.is_array())
    for (auto &item : value)
      item = compact(std::move(item));
  return value;
}

} // namespace petstore
