//===- EnumSerializations.h - NLOHMANN_JSON_SERIALIZE_ENUM tables ---------===//
#pragma once

#include <clang/AST/Decl.h>
#include <clang/Lex/Preprocessor.h>
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <vector>

namespace apigw {

/// The wire values that `NLOHMANN_JSON_SERIALIZE_ENUM(E, {{E::a, "A"}, ...})`
/// gives an enum's values: what goes on the wire, so what its schema must
/// list. The pairs sit in the body of the `to_json` template the macro
/// defines, and bodies are skipped while parsing, so the macro's arguments
/// are recorded as the preprocessor expands it; the `to_json` declaration in
/// the AST then ties a table to its enum exactly.
class EnumSerializations {
public:
  /// One enumerator's wire value.
  struct Entry {
    std::string Enumerator; ///< The enumerator's name, unqualified.
    nlohmann::json Value;   ///< A string, number, boolean or null.
  };

  /// Records every expansion of the macro `Preprocessor` performs from now on.
  void attach(clang::Preprocessor &PP);

  /// The table of `ED`, in the order the macro lists it, when there is one.
  const std::vector<Entry> *find(const clang::EnumDecl &ED) const;

private:
  friend class EnumSerializationRecorder;
  /// By the macro's expansion location (raw encoding).
  std::map<clang::SourceLocation::UIntTy, std::vector<Entry>> Tables;
};

} // namespace apigw
