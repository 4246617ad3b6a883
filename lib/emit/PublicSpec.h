//===- PublicSpec.h - The spec for documentation portals ------------------===//
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

namespace apigw {

/// Turns the document emitted for the public spec (full schemas, no CORS
/// preflights) into what documentation portals, client generators and the
/// usual linters (Spectral's `spectral:oas`, Redocly's `recommended`) read
/// without a complaint the tool could have avoided: every operation has a
/// summary (addMissingSummaries), `any=` routes become one operation per
/// method (expandAnyMethods), a greedy `{proxy+}` segment is `{proxy}`
/// (its parameter described), security is plain OpenAPI 3.0
/// (describePublicSecurity), the operations' tags are declared in a
/// top-level `tags` list, a document without `server=` gets API Gateway's
/// invoke URL as its server, and the x-amazon-apigateway-* keys go.
/// `CorsPreflights`: OPTIONS is answered by generated preflights (CORS on).
void makePublicSpec(nlohmann::ordered_json &Doc, bool CorsPreflights);

/// Whether `Key` is one of API Gateway's extensions (`x-amazon-apigateway-*`).
bool isAmazonExtension(std::string_view Key);

/// Removes every x-amazon-apigateway-* key from where the emitters put them:
/// the document's top level, servers, path items (and a path left without
/// operations), operations and security schemes.
/// Schemas, examples and other user data are not searched: a property that
/// happens to be called `x-amazon-apigateway-foo` is the user's.
void removeAmazonExtensions(nlohmann::ordered_json &Doc);

} // namespace apigw
