//===- ModelCodecs.cpp - apigw::JsonCodec for each model a router uses ----===//
#include "router/ModelCodecs.h"

#include "router/CppText.h"

#include <algorithm>

namespace apigw {
namespace {

bool isEnum(const Model &M) { return M.Body.value("type", "") != "object"; }

std::string readSignature(const std::string &Type, const std::string &Prefix) {
  return "std::optional<" + Type + "> " + Prefix +
         "read(const nlohmann::json& json, const apigw::JsonPointer& pointer, apigw::Failures& failures)";
}

std::string writeSignature(const std::string &Type, const std::string &Prefix) {
  return "nlohmann::json " + Prefix + "write(const " + Type + "& value)";
}

/// The model's type, valid inside namespace apigw too (whose `Response`
/// would otherwise hide a user's).
std::string typeName(const Model &M) { return "::" + M.CppName; }

std::string declaration(const Model &M, const ModelUses &Uses) {
  std::string Text = "template <>\nstruct JsonCodec<" + typeName(M) + "> {\n";
  if (Uses.Read.count(M.Id))
    Text += "  static " + readSignature(typeName(M), "") + ";\n";
  if (Uses.Write.count(M.Id))
    Text += "  static " + writeSignature(typeName(M), "") + ";\n";
  return Text + "};\n\n";
}

std::string enumTable(const Model &M) {
  std::string Text = "const EnumValue<" + typeName(M) + "> values_" + cppIdentifier(M.Id) + "[] = {\n";
  for (const ModelEnumerator &E : M.Enumerators) {
    const std::string Wire = E.Value.is_string() ? cppStringLiteral(E.Value.get<std::string>())
                                                 : "nlohmann::json::parse(" + cppStringLiteral(E.Value.dump()) + ")";
    Text += "    {" + typeName(M) + "::" + E.Name + ", " + Wire + "},\n";
  }
  return Text + "};\n\n";
}

std::string enumCodec(const Model &M, const ModelUses &Uses) {
  const std::string Prefix = "JsonCodec<" + typeName(M) + ">::";
  const std::string Table = "values_" + cppIdentifier(M.Id);
  std::string Text = enumTable(M);
  if (Uses.Read.count(M.Id))
    Text += readSignature(typeName(M), Prefix) + " {\n  return read_enum(json, " + Table +
            ", pointer, failures);\n}\n\n";
  if (Uses.Write.count(M.Id))
    Text += "nlohmann::json " + Prefix + "write(const " + typeName(M) + "& value) {\n  return write_enum(value, " +
            Table + ");\n}\n\n";
  return Text;
}

std::string readMember(const Model &M, const ModelField &F, ConstraintTable &Rules) {
  const Schema &Property = M.Body["properties"][F.WireName];
  const std::string Constraints = Rules.add(Property, M.UnqualifiedName + "_" + F.WireName);
  const bool Nullable = Property.value("nullable", false) == true;
  return "  read_member(json, " + cppStringLiteral(F.WireName) + ", Presence::" +
         (F.Optional ? "optional" : "required") + ", " + (Nullable ? "true" : "false") + ", " +
         Constraints + ", pointer, failures, value." + F.Member + ");\n";
}

std::string classCodec(const Model &M, const ModelUses &Uses, ConstraintTable &Rules) {
  const std::string Prefix = "JsonCodec<" + typeName(M) + ">::";
  std::string Text;
  if (Uses.Read.count(M.Id)) {
    Text += readSignature(typeName(M), Prefix) + " {\n"
            "  if (!expect_object(json, pointer, failures)) return std::nullopt;\n"
            "  const std::size_t failures_before = failures.count();\n  " +
            typeName(M) + " value{};\n";
    for (const ModelField &F : M.Fields)
      Text += readMember(M, F, Rules);
    Text += "  if (failures.count() != failures_before) return std::nullopt;\n  return value;\n}\n\n";
  }
  if (Uses.Write.count(M.Id)) {
    Text += writeSignature(typeName(M), Prefix) + " {\n  nlohmann::json json = nlohmann::json::object();\n";
    for (const ModelField &F : M.Fields)
      Text += "  write_member(json, " + cppStringLiteral(F.WireName) + ", value." + F.Member + ");\n";
    Text += "  return json;\n}\n\n";
  }
  return Text;
}

void collectRefs(const nlohmann::json &Value, std::vector<std::string> &Ids) {
  if (Value.is_object()) {
    if (auto Ref = Value.find("$ref"); Ref != Value.end() && Ref->is_string())
      Ids.push_back(Ref->get<std::string>());
    for (const auto &Member : Value)
      collectRefs(Member, Ids);
  } else if (Value.is_array()) {
    for (const auto &Item : Value)
      collectRefs(Item, Ids);
  }
}

} // namespace

const Model *findModel(const ApiModel &Api, const std::string &Id) {
  auto It = std::find_if(Api.Models.begin(), Api.Models.end(),
                         [&](const Model &M) { return M.Id == Id; });
  return It == Api.Models.end() ? nullptr : &*It;
}

void collectModels(const ApiModel &Api, const Schema &S, std::set<std::string> &Ids) {
  std::vector<std::string> Found;
  collectRefs(S, Found);
  for (const std::string &Id : Found)
    if (Ids.insert(Id).second)
      if (const Model *M = findModel(Api, Id))
        collectModels(Api, M->Body, Ids);
}

ModelCodecText modelCodecs(const ApiModel &Api, const ModelUses &Uses, ConstraintTable &Rules) {
  ModelCodecText Text;
  for (const Model &M : Api.Models) {
    if (!Uses.Read.count(M.Id) && !Uses.Write.count(M.Id))
      continue;
    Text.Declarations += declaration(M, Uses);
    Text.Definitions += isEnum(M) ? enumCodec(M, Uses) : classCodec(M, Uses, Rules);
  }
  return Text;
}

} // namespace apigw
