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
/// (`"200"`, `"true"`, `"null"`, `"2024-01-01"`, `"*"`, `": "`...) is quoted,
/// and one holding a character that is not printable (doubleQuoted()) is
/// written with escapes. Ends with a newline.
std::string toYaml(const nlohmann::ordered_json &Doc);

/// `Text` as a YAML double-quoted scalar in which every character a reader
/// would reject or take for a line break is escaped: C0 controls but the
/// newline and tab (written `\n`, `\t`), CR, DEL, the C1 controls, U+2028,
/// U+2029, the byte order mark, U+FFFE and U+FFFF; `"` and `\` too. Other
/// characters stay as they are; bytes that are not UTF-8 become U+FFFD.
std::string doubleQuoted(std::string_view Text);

/// Whether a YAML parser would read `Text`, written as a plain scalar, as
/// something other than that string (YAML 1.2's core schema or YAML 1.1's
/// types: null, booleans such as `yes`/`off`, numbers, dates, `<<`, `=`).
bool plainScalarChangesType(std::string_view Text);

/// A YAML document as JSON data: quoted scalars are strings, plain ones are
/// resolved by YAML 1.2's core schema (null, true/false, integers, floats,
/// else strings); mappings keep their order. For `--check` and the tests.
llvm::Expected<nlohmann::ordered_json> parseYaml(std::string_view Text);

} // namespace apigw
