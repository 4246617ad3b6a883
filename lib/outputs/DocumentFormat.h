//===- DocumentFormat.h - An OpenAPI document as JSON or YAML bytes -------===//
#pragma once

#include <llvm/Support/Error.h>
#include <nlohmann/json.hpp>

#include <string>

namespace apigw {

enum class OutputFormat { Json, Yaml };

/// `--format` when given (`json` or `yaml`), else from the path's
/// extension: `.yaml`/`.yml` is YAML, anything else (stdout too) JSON.
llvm::Expected<OutputFormat> outputFormat(const std::string &Path, const std::string &FormatOption);

/// The document's bytes: JSON indented by 2, or YAML (YamlDocument.h); a
/// final newline. Bytes that are not UTF-8 become U+FFFD in both.
std::string documentText(const nlohmann::ordered_json &Doc, OutputFormat Format);

} // namespace apigw
