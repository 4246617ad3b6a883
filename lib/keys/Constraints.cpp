//===- Constraints.cpp ----------------------------------------------------===//
#include "keys/Constraints.h"

#include "keys/AnnotationText.h"
#include "keys/Values.h"

#include <llvm/ADT/StringSwitch.h>

#include <cmath>
#include <functional>

namespace apigw {
namespace {

/// Which JSON types a constraint key makes sense for.
enum class Applies { Numbers, Strings, Arrays, Any };

struct ConstraintKey {
  std::string_view Key;
  Applies To;
  /// Writes the key's effect into the schema; false when the value is bad
  /// (after reporting it).
  std::function<bool(Schema &, const Annotation &, Diagnostics &)> Apply;
};

void report(Diagnostics &Diags, const Annotation &A, std::string Message) {
  Diags.push_back({A.Loc, Severity::Error, std::move(Message), {}});
}

template <typename T>
bool take(llvm::Expected<T> Parsed, const Annotation &A, Diagnostics &Diags, T &Out) {
  if (!Parsed) {
    report(Diags, A, "invalid value for '" + A.Key + "': " + llvm::toString(Parsed.takeError()));
    return false;
  }
  Out = *Parsed;
  return true;
}

auto number(std::string_view Property) {
  return [Property](Schema &S, const Annotation &A, Diagnostics &Diags) {
    double Value = 0;
    if (!take(parseNumber(A.Value.value_or("")), A, Diags, Value))
      return false;
    // Keep integral bounds integral: `minimum: 1`, not `1.0`. Only within
    // int64's range: converting a larger double (`minimum=1e300`) to an
    // integer is undefined behaviour.
    constexpr double Int64Limit = 0x1p63;
    if (std::trunc(Value) == Value && Value >= -Int64Limit && Value < Int64Limit)
      S[std::string(Property)] = static_cast<std::int64_t>(Value);
    else
      S[std::string(Property)] = Value;
    return true;
  };
}

/// OpenAPI 3.0 (JSON Schema draft 4) writes an exclusive bound as the bound
/// plus a boolean, not as a number.
auto exclusiveBound(std::string_view Bound, std::string_view Flag) {
  return [Bound, Flag](Schema &S, const Annotation &A, Diagnostics &Diags) {
    if (!number(Bound)(S, A, Diags))
      return false;
    S[std::string(Flag)] = true;
    return true;
  };
}

auto count(std::string_view Property) {
  return [Property](Schema &S, const Annotation &A, Diagnostics &Diags) {
    std::int64_t Value = 0;
    if (!take(parseInteger(A.Value.value_or("")), A, Diags, Value))
      return false;
    if (Value < 0) {
      report(Diags, A, "invalid value for '" + A.Key + "': must not be negative");
      return false;
    }
    S[std::string(Property)] = Value;
    return true;
  };
}

auto text(std::string_view Property) {
  return [Property](Schema &S, const Annotation &A, Diagnostics &) {
    S[std::string(Property)] = A.Value.value_or("");
    return true;
  };
}

auto json(std::string_view Property) {
  return [Property](Schema &S, const Annotation &A, Diagnostics &Diags) {
    nlohmann::json Value;
    if (!take(parseJsonValue(A.Value.value_or("")), A, Diags, Value))
      return false;
    S[std::string(Property)] = std::move(Value);
    return true;
  };
}

auto flag(std::string_view Property) {
  return [Property](Schema &S, const Annotation &, Diagnostics &) {
    S[std::string(Property)] = true;
    return true;
  };
}

/// `enum=a,b`: plain strings for a string schema; otherwise each value is
/// read as JSON (numbers, booleans) and kept as a string when it is not.
bool enumValues(Schema &S, const Annotation &A, Diagnostics &) {
  const bool Strings = S.value("type", "") == "string";
  nlohmann::json Values = nlohmann::json::array();
  for (const std::string &Item : splitList(A.Value.value_or(""))) {
    auto Parsed = parseJsonValue(Item);
    if (!Strings && Parsed)
      Values.push_back(std::move(*Parsed));
    else {
      llvm::consumeError(Parsed.takeError());
      Values.push_back(Item);
    }
  }
  S["enum"] = std::move(Values);
  return true;
}

const std::vector<ConstraintKey> &constraintKeys() {
  static const std::vector<ConstraintKey> Keys = {
      {"description", Applies::Any, text("description")},
      {"minimum", Applies::Numbers, number("minimum")},
      {"maximum", Applies::Numbers, number("maximum")},
      {"exclusive_minimum", Applies::Numbers, exclusiveBound("minimum", "exclusiveMinimum")},
      {"exclusive_maximum", Applies::Numbers, exclusiveBound("maximum", "exclusiveMaximum")},
      {"multiple_of", Applies::Numbers, number("multipleOf")},
      {"min_length", Applies::Strings, count("minLength")},
      {"max_length", Applies::Strings, count("maxLength")},
      {"pattern", Applies::Strings, text("pattern")},
      {"format", Applies::Any, text("format")},
      {"min_items", Applies::Arrays, count("minItems")},
      {"max_items", Applies::Arrays, count("maxItems")},
      {"unique_items", Applies::Arrays, flag("uniqueItems")},
      {"enum", Applies::Any, enumValues},
      {"default", Applies::Any, json("default")},
      {"example", Applies::Any, json("example")},
      {"deprecated", Applies::Any, flag("deprecated")},
      {"read_only", Applies::Any, flag("readOnly")},
      {"write_only", Applies::Any, flag("writeOnly")},
      {"nullable", Applies::Any, flag("nullable")},
  };
  return Keys;
}

const ConstraintKey *lookup(std::string_view Key) {
  for (const ConstraintKey &C : constraintKeys())
    if (C.Key == Key)
      return &C;
  return nullptr;
}

/// The JSON type a schema validates: its `type`, "object" for a model
/// reference (enums are referenced too, but take no type-specific keys).
std::string jsonType(const Schema &S) {
  if (S.contains("type"))
    return S["type"].get<std::string>();
  if (S.contains("$ref"))
    return "object";
  return "any";
}

bool fits(Applies To, const std::string &Type) {
  switch (To) {
  case Applies::Numbers:
    return Type == "integer" || Type == "number";
  case Applies::Strings:
    return Type == "string";
  case Applies::Arrays:
    return Type == "array";
  case Applies::Any:
    return true;
  }
  return false;
}

void checkBounds(const Schema &S, const Annotations &Keys, Diagnostics &Diags) {
  if (!S.contains("minimum") || !S.contains("maximum"))
    return;
  if (S["minimum"].get<double>() <= S["maximum"].get<double>())
    return;
  const Annotation *At = findKey(Keys, "minimum");
  if (!At)
    At = findKey(Keys, "exclusive_minimum");
  if (!At)
    At = findKey(Keys, "maximum");
  if (!At)
    At = findKey(Keys, "exclusive_maximum");
  if (At)
    report(Diags, *At, "'minimum' is greater than 'maximum'");
}

} // namespace

bool isConstraintKey(std::string_view Key) { return lookup(Key) != nullptr; }

void applyConstraints(Schema &Target, const Annotations &Keys, Diagnostics &Diags) {
  const std::string Type = jsonType(Target);
  for (const Annotation &A : Keys) {
    const ConstraintKey *C = lookup(A.Key);
    if (!C)
      continue;
    if (!fits(C->To, Type)) {
      report(Diags, A, "'" + A.Key + "' does not apply to a value of JSON type " + Type);
      continue;
    }
    C->Apply(Target, A, Diags);
  }
  checkBounds(Target, Keys, Diags);
}

} // namespace apigw
