//===- JsonRead.h - Strict reading of JSON fields, with a path ------------===//
//
// Internal to RepresentationJson.cpp and Fragment.cpp. nlohmann's get<T>() is
// too lenient for a cache that may be stale or corrupt: 1.5 becomes 1, -1
// becomes 4294967295 in an unsigned, and a failure does not say which key.
// So leaves are checked here, and each level adds its key or index to the
// JsonReadError on the way out.
//
// The helpers live in namespace apigw (not a nested one) so that the vector
// overload finds the per-type readJson/from_json of apigw types through ADL.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/RepresentationJson.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace apigw {

inline void readJson(const nlohmann::json &J, std::string &Out) {
  if (!J.is_string())
    throw JsonReadError::expected("a string", J);
  Out = J.get_ref<const std::string &>();
}

inline void readJson(const nlohmann::json &J, bool &Out) {
  if (!J.is_boolean())
    throw JsonReadError::expected("a boolean", J);
  Out = J.get<bool>();
}

template <typename IntT> void readJsonInteger(const nlohmann::json &J, IntT &Out) {
  if (!J.is_number_integer())
    throw JsonReadError::expected("an integer", J);
  // nlohmann stores non-negative integers as unsigned, negative ones as signed.
  bool Fits = J.is_number_unsigned() ? std::in_range<IntT>(J.get<std::uint64_t>())
                                     : std::in_range<IntT>(J.get<std::int64_t>());
  if (!Fits)
    throw JsonReadError("integer " + J.dump() + " out of range");
  Out = J.get<IntT>();
}

inline void readJson(const nlohmann::json &J, int &Out) { readJsonInteger(J, Out); }
inline void readJson(const nlohmann::json &J, unsigned &Out) { readJsonInteger(J, Out); }

/// Schemas are arbitrary JSON.
inline void readJson(const nlohmann::json &J, nlohmann::json &Out) { Out = J; }

/// Model structs and enums: their from_json (RepresentationJson.h).
template <typename T> void readJson(const nlohmann::json &J, T &Out) {
  from_json(J, Out);
}

template <typename T> void readJson(const nlohmann::json &J, std::vector<T> &Out) {
  if (!J.is_array())
    throw JsonReadError::expected("an array", J);
  Out.clear();
  Out.resize(J.size());
  for (size_t I = 0; I < J.size(); ++I) {
    try {
      readJson(J[I], Out[I]);
    } catch (JsonReadError &E) {
      E.within("[" + std::to_string(I) + "]");
      throw;
    }
  }
}

inline void readJson(const nlohmann::json &J,
                     std::map<std::string, std::string> &Out) {
  if (!J.is_object())
    throw JsonReadError::expected("an object", J);
  Out.clear();
  for (const auto &[Key, Value] : J.items()) {
    try {
      readJson(Value, Out[Key]);
    } catch (JsonReadError &E) {
      E.within(Key);
      throw;
    }
  }
}

/// Checked before reading fields, so that an array in place of an object says
/// so instead of "missing key".
inline void expectJsonObject(const nlohmann::json &J) {
  if (!J.is_object())
    throw JsonReadError::expected("an object", J);
}

/// A required key.
template <typename T>
void readJsonField(const nlohmann::json &Obj, const char *Key, T &Out) {
  auto It = Obj.find(Key);
  if (It == Obj.end())
    throw JsonReadError(std::string("missing key \"") + Key + "\"");
  try {
    readJson(*It, Out);
  } catch (JsonReadError &E) {
    E.within(Key);
    throw;
  }
}

/// An optional key: absent means unset (a present `null` is a value, e.g. a
/// `null` schema, not "unset").
template <typename T>
void readJsonField(const nlohmann::json &Obj, const char *Key,
                   std::optional<T> &Out) {
  Out.reset();
  auto It = Obj.find(Key);
  if (It == Obj.end())
    return;
  try {
    readJson(*It, Out.emplace());
  } catch (JsonReadError &E) {
    E.within(Key);
    throw;
  }
}

/// The writing side of the optional rule.
template <typename T>
void writeJsonField(nlohmann::json &Obj, const char *Key,
                    const std::optional<T> &Value) {
  if (Value)
    Obj[Key] = *Value;
}

} // namespace apigw
