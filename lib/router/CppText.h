//===- CppText.h - Text that generated C++ sources are made of ------------===//
//
// The generated router writes user text (paths, wire names, patterns, JSON)
// into C++ code; these make any byte string a valid, readable literal and any
// name a valid identifier.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>
#include <string_view>

namespace apigw {

/// `"..."` meaning exactly `Text`: quotes and backslashes escaped, bytes that
/// are not printable ASCII as three-digit octal escapes (which, unlike `\x`,
/// cannot swallow the characters after them).
std::string cppStringLiteral(std::string_view Text);

/// `Text` with every character that an identifier cannot hold replaced by `_`,
/// and a `_` in front when it would start with a digit.
std::string cppIdentifier(std::string_view Text);

} // namespace apigw
