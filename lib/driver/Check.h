//===- Check.h - --check: are the outputs up to date? ---------------------===//
#pragma once

#include "outputs/DocumentFormat.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace apigw {

/// How document `Old` differs from `New`, briefly and in a fixed order:
/// operations (`+POST /orders`, `-GET /old`, `~GET /pets`), then schemas
/// (`~schema Pet`), security schemes (`+security scheme cognito`), and other
/// top-level parts (`~info`, `+x-amazon-apigateway-gateway-responses`).
/// Empty when the data is the same.
std::vector<std::string> documentDifferences(const nlohmann::ordered_json &Old,
                                             const nlohmann::ordered_json &New);

/// What a stale output is told with: the file, what it would be written as.
struct CheckedOutput {
  std::string Path;
  std::string Contents;
  /// Set for the OpenAPI documents (compared as data); unset for other
  /// files (--tf-vars), compared by their `variable` blocks.
  std::optional<OutputFormat> Format;
};

/// One line when `Output.Path` does not hold exactly `Output.Contents`:
/// `openapi.json is stale (2 changes): +POST /orders, ~schema Pet`, or
/// `... is stale: formatting only (same data)`, `... does not exist`;
/// nothing when it is up to date.
std::optional<std::string> checkOutput(const CheckedOutput &Output);

} // namespace apigw
