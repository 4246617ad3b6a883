//===- SchemaEmitter.cpp - Schemas as the private spec writes them --------===//
#include "emit/SchemaEmitter.h"

#include "model/SchemaNames.h"
#include "emit/UserText.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string_view>
#include <tuple>

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

bool isInteger(const Schema &S) {
  auto Type = S.find("type");
  return Type != S.end() && *Type == "integer";
}

/// The nearest integer inside an exclusive bound: the least integer above a
/// lower bound, the greatest below an upper one. Empty when it cannot be
/// written (the bound is not a number, or its neighbour overflows).
std::optional<Schema> integerInside(const Schema &Bound, bool Lower) {
  if (Bound.is_number_unsigned()) {
    std::uint64_t V = Bound.get<std::uint64_t>();
    if (Lower)
      return V == std::numeric_limits<std::uint64_t>::max()
                 ? std::nullopt
                 : std::optional<Schema>(V + 1);
    return V == 0 ? Schema(-1) : Schema(V - 1);
  }
  if (Bound.is_number_integer()) {
    std::int64_t V = Bound.get<std::int64_t>();
    if (Lower)
      return V == std::numeric_limits<std::int64_t>::max()
                 ? Schema(static_cast<std::uint64_t>(V) + 1)
                 : Schema(V + 1);
    return V == std::numeric_limits<std::int64_t>::min()
               ? std::nullopt
               : std::optional<Schema>(V - 1);
  }
  if (!Bound.is_number_float())
    return std::nullopt;
  double V = Lower ? std::floor(Bound.get<double>()) + 1
                   : std::ceil(Bound.get<double>()) - 1;
  if (!std::isfinite(V) || std::fabs(V) >= 9.0e15) // Past exact integers.
    return std::nullopt;
  return Schema(static_cast<std::int64_t>(V));
}

/// Draft 4 models have no exclusive bounds, and dropping the flag alone would
/// widen the range (`minimum: 0` exclusive would admit 0). An integer's
/// exclusive bound is the inclusive one next to it, exactly. A number's stays
/// inclusive: no draft 4 keyword says "above 0.5" without exclusiveMinimum,
/// so the private model admits the bound itself (the public spec keeps the
/// exact range).
void inclusiveBounds(Schema &S) {
  if (!isInteger(S))
    return;
  for (auto [Flag, Key, Lower] :
       {std::tuple{"exclusiveMinimum", "minimum", true},
        std::tuple{"exclusiveMaximum", "maximum", false}}) {
    auto It = S.find(Flag);
    auto Bound = S.find(Key);
    if (It == S.end() || *It != true || Bound == S.end())
      continue;
    if (std::optional<Schema> Inside = integerInside(*Bound, Lower))
      *Bound = std::move(*Inside);
  }
}

/// `$ref` with siblings: OpenAPI 3.0 ignores them, and API Gateway's import
/// may warn about them. The private spec keeps the reference alone.
void refAlone(Schema &S) {
  if (S.contains("$ref") && S.size() > 1)
    S = Schema{{"$ref", S["$ref"]}};
}

void stripUnsupported(Schema &S) {
  inclusiveBounds(S);
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
  refAlone(S);
}

/// The public form of a `$ref` with siblings (a member's description, a
/// nullable model...): OpenAPI 3.0 ignores a reference's siblings, so the
/// reference moves into an `allOf` and the siblings apply to that.
void refInAllOf(Schema &S) {
  auto Ref = S.find("$ref");
  if (Ref == S.end() || S.size() == 1)
    return;
  Schema Target = {{"$ref", std::move(*Ref)}};
  S.erase("$ref");
  S["allOf"] = Schema::array({std::move(Target)});
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

Schema publicSchema(Schema S) {
  forEachSchema(S, refInAllOf);
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
  return nlohmann::ordered_json(
      publicSchema(resolveModelRefs(userJson(S), Ctx.SchemaNames)));
}

} // namespace apigw
