//===- YamlDocument.h - The document as YAML (--format yaml) --------------===//
#pragma once

#include <llvm/Support/Error.h>
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace apigw {

/// `Doc` as a YAML block document, written by yaml-cpp: key order kept,
/// deterministic, and read back as the same data by YAML 1.1 and 1.2
/// parsers: a string that a plain scalar would turn into something else
/// (`"200"`, `"true"`, `"null"`, `"2024-01-01"`, `"*"`, `": "`...) is quoted.
/// Ends with a newline.
std::string toYaml(const nlohmann::ordered_json &Doc);

/// Whether a YAML parser would read `Text`, written as a plain scalar, as
/// something other than that string (YAML 1.2's core schema or YAML 1.1's
/// types: null, booleans such as `yes`/`off`, numbers, dates, `<<`, `=`).
bool plainScalarChangesType(std::string_view Text);

/// A YAML document as JSON data: quoted scalars are strings, plain ones are
/// resolved by YAML 1.2's core schema (null, true/false, integers, floats,
/// else strings); mappings keep their order. For `--check` and the tests.
llvm::Expected<nlohmann::ordered_json> parseYaml(std::string_view Text);

} // namespace apigw
