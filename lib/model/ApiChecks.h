//===- ApiChecks.h - Checks only the whole program can make ---------------===//
//
// Run on the merged model, once every unit is in: a route in one unit and a
// route in another can clash on one API Gateway resource; an authorizer's kind
// is known only where it is declared; API Gateway's quotas count the whole
// API. docs/diagnostics.md lists each diagnostic with the AWS rule behind it.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <cstddef>
#include <string>

namespace apigw {

/// API Gateway's per-API quotas that AWS raises on request ("Quotas for
/// configuring and running a REST API in API Gateway").
struct GatewayLimits {
  unsigned MaxResources = 300;  ///< Resources per API.
  unsigned MaxAuthorizers = 10; ///< Authorizers per API (Lambda and Cognito).
};

/// ImportRestApi takes an API definition file of at most 6 MB.
constexpr std::size_t MaxImportBytes = 6 * 1024 * 1024;

/// Errors: two different path parameters under one resource (`/pets/{id}`,
/// `/pets/{pet_id}`, or `{key+}` beside `{name}`); scopes on an authorizer
/// that is not Cognito. Warnings: the reserved root resources `/ping` and
/// `/sping`, more resources or authorizers than `Limits`, a binary response or
/// request media type that the api's `binary_media_types` does not list.
void checkWholeApi(const ApiModel &Merged, const GatewayLimits &Limits, Diagnostics &Diags);

/// A warning when the document `Name` (`Bytes` long) is over MaxImportBytes.
Diagnostics checkDocumentSize(const std::string &Name, std::size_t Bytes);

} // namespace apigw
