//===- OpenApiEmitter.h - The OpenAPI 3.0 document ------------------------===//
#pragma once

#include "model/Representation.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace apigw {

/// Command-line settings that override the `api` variable.
struct EmitOptions {
  std::optional<std::string> Title;
  std::optional<std::string> Version;
  std::optional<std::string> Description;
  std::string DefaultTitle = "api"; ///< When neither the command line nor `api` says.
  /// `--cors[=<origin>]`: set turns CORS on; empty keeps the api's origin.
  std::optional<std::string> CorsOrigin;
  /// The public spec instead of the private one.
  bool Public = false;
};

/// The full (private) spec that API Gateway imports, or with
/// Options.Public the public one: no x-amazon-apigateway-* key,
/// no generated CORS preflight, schemas with their full detail.
nlohmann::ordered_json emitOpenApi(const ApiModel &Api, const EmitOptions &Options);

} // namespace apigw
