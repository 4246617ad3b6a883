//===- SchemaEmitter.cpp - Schemas as the private spec writes them --------===//
#include "SchemaEmitter.h"

#include "SchemaNames.h"
#include "UserText.h"

#include <array>
#include <functional>
#include <string_view>

namespace apigw {

namespace {

/// Calls `Visit` on `S` and on each of its subschemas, recursively. Only
/// keywords that hold schemas are entered, so a property called "default" or
/// an enum value that looks like a schema is left alone.
void forEachSchema(Schema &S, const std::function<void(Schema &)> &Visit) {
  if (!S.is_object())
    return;
  Visit(S);
  for (std::string_view Key : {"properties", "patternProperties"})
    if (auto It = S.find(Key); It != S.end() && It->is_object())
      for (auto &[Name, Sub] : It->items())
        forEachSchema(Sub, Visit);
  // One schema or a list of them (`items` may be either); a boolean
  // `additionalProperties` is neither and is skipped.
  for (std::string_view Key :
       {"allOf", "anyOf", "oneOf", "items", "additionalProperties", "not"}) {
    auto It = S.find(Key);
    if (It == S.end())
      continue;
    if (It->is_array())
      for (Schema &Sub : *It)
        forEachSchema(Sub, Visit);
    else
      forEachSchema(*It, Visit);
  }
}

bool isNumeric(const Schema &S) {
  auto Type = S.find("type");
  return Type != S.end() && (*Type == "integer" || *Type == "number");
}

void stripUnsupported(Schema &S) {
  static constexpr std::array<std::string_view, 9> Unsupported = {
      "default",       "example",          "readOnly",
      "writeOnly",     "deprecated",       "nullable",
      "discriminator", "exclusiveMinimum", "exclusiveMaximum"};
  for (std::string_view Key : Unsupported)
    S.erase(std::string(Key));
  // API Gateway models are JSON Schema draft 4, where `int32` or `double`
  // are unknown formats; string formats (date-time, byte...) are fine.
  if (isNumeric(S))
    S.erase("format");
}

} // namespace

Schema resolveModelRefs(Schema S,
                        const std::map<std::string, std::string> &Names) {
  forEachSchema(S, [&](Schema &Node) {
    auto Ref = Node.find("$ref");
    if (Ref == Node.end() || !Ref->is_string())
      return;
    const std::string &Id = Ref->get_ref<const std::string &>();
    if (Id.rfind("#/", 0) == 0)
      return;
    // A model the merged program lacks cannot happen after a clean scan;
    // should it, the name it would have had keeps the reference readable.
    auto Name = Names.find(Id);
    *Ref = "#/components/schemas/" +
           (Name != Names.end() ? Name->second : alphanumericName(Id));
  });
  return S;
}

Schema privateSchema(Schema S) {
  forEachSchema(S, stripUnsupported);
  return S;
}

nlohmann::ordered_json
emitSchema(const Schema &S, const std::map<std::string, std::string> &Names) {
  return nlohmann::ordered_json(
      privateSchema(resolveModelRefs(userJson(S), Names)));
}

nlohmann::ordered_json emitSchema(const Schema &S, const EmitContext &Ctx) {
  if (!Ctx.Public)
    return emitSchema(S, Ctx.SchemaNames);
  return nlohmann::ordered_json(resolveModelRefs(userJson(S), Ctx.SchemaNames));
}

} // namespace apigw
