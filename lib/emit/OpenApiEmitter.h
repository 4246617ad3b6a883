//===- OpenApiEmitter.h - The OpenAPI 3.0 document -------------------------===//
#pragma once

#include "Representation.h"

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
};

/// The full (private) spec that API Gateway imports (SPEC §5.1).
nlohmann::ordered_json emitOpenApi(const ApiModel &Api, const EmitOptions &Options);

} // namespace apigw
