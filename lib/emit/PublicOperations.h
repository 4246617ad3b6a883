//===- PublicOperations.h - Operations as documentation portals read them -===//
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace apigw {

/// Calls `Visit` on every operation of the document's paths, each with its
/// path item key (`get`, ..., `x-amazon-apigateway-any-method`).
void forEachOperation(
    nlohmann::ordered_json &Doc,
    const std::function<void(const std::string &Method,
                             nlohmann::ordered_json &Operation)> &Visit);

/// A summary made from a function's name, as FastAPI makes one:
/// `list_pets` and `listPets` -> `List Pets`, `get_pet_by_ID` -> `Get Pet By ID`.
std::string summaryFromName(std::string_view Name);

/// Gives each operation without a `summary` one made from its operationId.
void addMissingSummaries(nlohmann::ordered_json &Doc);

/// OpenAPI has no ANY method: each path's `x-amazon-apigateway-any-method`
/// operation becomes one operation per method ANY answers on that path (GET,
/// PUT, POST, DELETE, OPTIONS, HEAD, PATCH, less those the path routes
/// itself, and less OPTIONS when `CorsPreflights` answer it), each with the
/// operationId `<operationId>_<method>`.
void expandAnyMethods(nlohmann::ordered_json &Doc, bool CorsPreflights);

} // namespace apigw
