//===- Values.h - Typed annotation values ----------------------------------===//
#pragma once

#include <nlohmann/json.hpp>
#include <llvm/Support/Error.h>

#include <cstdint>
#include <string_view>

namespace apigw {

/// A whole decimal number, optionally signed, nothing else around it.
llvm::Expected<std::int64_t> parseInteger(std::string_view Text);

/// A finite decimal number (`1`, `-2.5`, `1e3`).
llvm::Expected<double> parseNumber(std::string_view Text);

/// An HTTP status code, 100 to 599.
llvm::Expected<int> parseStatusCode(std::string_view Text);

/// Arrays and objects nested deeper than this are refused by parseJsonValue.
constexpr unsigned MaxJsonDepth = 100;

/// A JSON value, as `default=` and `example=` take, nested at most
/// MaxJsonDepth levels deep.
llvm::Expected<nlohmann::json> parseJsonValue(std::string_view Text);

} // namespace apigw
