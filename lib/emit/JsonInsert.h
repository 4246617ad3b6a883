//===- JsonInsert.h - A member placed among an object's ordered keys ------===//
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace apigw {

/// Sets `Object[Key] = Value`; a key not yet there goes right after the
/// member `After` (at the end when `After` is not there either), so written
/// documents keep OpenAPI's customary key order.
void insertAfter(nlohmann::ordered_json &Object, std::string_view After,
                 const std::string &Key, nlohmann::ordered_json Value);

} // namespace apigw
