//===- ConstraintTable.cpp - A schema's constraints as generated C++ ------===//
#include "router/ConstraintTable.h"

#include "router/CppText.h"

#include <string_view>
#include <vector>

namespace apigw {
namespace {

/// A bound as C++: the JSON number, written so that the `nlohmann::json`
/// member gets the same JSON type (an unsigned stays unsigned).
std::string numberCode(const nlohmann::json &Number) {
  if (Number.is_number_unsigned())
    return "nlohmann::json(" + Number.dump() + "ull)";
  if (Number.is_number_integer())
    return "nlohmann::json(" + Number.dump() + "ll)";
  std::string Text = Number.dump();
  if (Text.find_first_of(".eE") == std::string::npos)
    Text += ".0";
  return "nlohmann::json(" + Text + ")";
}

std::string rawJson(const nlohmann::json &Value) {
  return "nlohmann::json::parse(" + cppStringLiteral(Value.dump()) + ")";
}

/// The initializers, in the order of the members of apigw::Constraints.
std::vector<std::string> initializers(const Schema &S, const std::string &Items,
                                      const std::string &Values) {
  std::vector<std::string> Lines;
  auto Number = [&](const char *Key, const char *Member) {
    if (S.contains(Key) && S[Key].is_number())
      Lines.push_back(std::string(".") + Member + " = " + numberCode(S[Key]));
  };
  auto Flag = [&](const char *Key, const char *Member) {
    if (S.value(Key, false) == true)
      Lines.push_back(std::string(".") + Member + " = true");
  };
  auto Count = [&](const char *Key, const char *Member) {
    if (S.contains(Key) && S[Key].is_number_integer())
      Lines.push_back(std::string(".") + Member + " = " + S[Key].dump());
  };
  Number("minimum", "minimum");
  Flag("exclusiveMinimum", "exclusive_minimum");
  Number("maximum", "maximum");
  Flag("exclusiveMaximum", "exclusive_maximum");
  Number("multipleOf", "multiple_of");
  Count("minLength", "min_length");
  Count("maxLength", "max_length");
  if (S.contains("pattern") && S["pattern"].is_string())
    Lines.push_back(".pattern = apigw::Pattern(" + cppStringLiteral(S["pattern"].get<std::string>()) + ")");
  if (S.contains("enum") && S["enum"].is_array())
    Lines.push_back(".enum_values = " + rawJson(S["enum"]));
  Count("minItems", "min_items");
  Count("maxItems", "max_items");
  Flag("uniqueItems", "unique_items");
  if (Items != "nullptr")
    Lines.push_back(".items = " + Items);
  if (Values != "nullptr")
    Lines.push_back(".values = " + Values);
  return Lines;
}

} // namespace

std::string ConstraintTable::add(const Schema &S, const std::string &Name) {
  if (!S.is_object())
    return "nullptr";
  const std::string Items = S.contains("items") ? add(S["items"], Name + "_items") : "nullptr";
  const std::string Values = S.contains("additionalProperties")
                                 ? add(S["additionalProperties"], Name + "_values")
                                 : "nullptr";
  std::vector<std::string> Lines = initializers(S, Items, Values);
  if (Lines.empty())
    return "nullptr";
  std::string Unique = "rules_" + cppIdentifier(Name);
  for (int Suffix = 2; !Names.insert(Unique).second; ++Suffix)
    Unique = "rules_" + cppIdentifier(Name) + "_" + std::to_string(Suffix);
  Definitions += "const apigw::Constraints " + Unique + "{\n";
  for (const std::string &Line : Lines)
    Definitions += "    " + Line + ",\n";
  Definitions += "};\n";
  return "&" + Unique;
}

} // namespace apigw
