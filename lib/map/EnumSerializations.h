//===- EnumSerializations.h - NLOHMANN_JSON_SERIALIZE_ENUM tables ---------===//
#pragma once

#include <clang/AST/Decl.h>
#include <clang/Lex/Preprocessor.h>
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
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

  /// Where the macro that gives `ED` its table is used, when there is one.
  std::optional<clang::SourceLocation> macroUse(const clang::EnumDecl &ED) const;

  /// By the macro's expansion location as "<absolute file>:<offset>": a key
  /// that means the same in a precompiled preamble and in the unit that
  /// loads it, which gets the preamble's tables through `add`.
  using TableMap = std::map<std::string, std::vector<Entry>>;
  const TableMap &tables() const { return Tables; }
  void add(const TableMap &More) { Tables.insert(More.begin(), More.end()); }

private:
  friend class EnumSerializationRecorder;
  TableMap Tables;
};

void to_json(nlohmann::json &J, const EnumSerializations::Entry &E);
void from_json(const nlohmann::json &J, EnumSerializations::Entry &E);

} // namespace apigw
