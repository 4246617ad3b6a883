//===- PublicSpec.h - The spec for documentation portals (SPEC §5.3) ------===//
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

namespace apigw {

/// Whether `Key` is one of API Gateway's extensions (`x-amazon-apigateway-*`).
bool isAmazonExtension(std::string_view Key);

/// Removes every x-amazon-apigateway-* key from where the emitters put them:
/// the document's top level, servers, path items (so `any` operations, which
/// only API Gateway's `x-amazon-apigateway-any-method` can express, go too,
/// and a path left without operations), operations and security schemes.
/// Schemas, examples and other user data are not searched: a property that
/// happens to be called `x-amazon-apigateway-foo` is the user's.
void removeAmazonExtensions(nlohmann::ordered_json &Doc);

} // namespace apigw
