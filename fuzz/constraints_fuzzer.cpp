//===- constraints_fuzzer.cpp - Field constraint keys on a schema
//----------===//
//
// applyConstraints on a schema of every JSON type the type mapper produces,
// with arbitrary constraint keys and values (`minimum=1e999`, `enum=,,`,
// `default=[[[`...), then the schema written as the emitters write it, public
// and private. Input layout (FuzzedDataProvider): the base schema, then
// annotations, each a key (mostly from the vocabulary), a flag bit and a value.
//
//===----------------------------------------------------------------------===//
#include "keys/Constraints.h"
#include "model/Fingerprint.h"
#include "FuzzCheck.h"
#include "emit/SchemaEmitter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string_view>

using namespace apigw;

namespace {

/// Schemas as lib/map/TypeMapper.cpp writes them for C++ types.
const std::array<const char *, 12> BaseSchemas = {
    R"({"type":"integer","format":"int32"})",
    R"({"type":"integer","format":"int32","minimum":-128,"maximum":127})",
    R"({"type":"integer","format":"int64","minimum":0,"maximum":4294967295})",
    R"({"type":"integer","format":"int64","minimum":0})",
    R"({"type":"number","format":"double"})",
    R"({"type":"string"})",
    R"({"type":"string","format":"date-time"})",
    R"({"type":"boolean"})",
    R"({"type":"array","items":{"type":"string"}})",
    R"({"type":"array","items":{"$ref":"Pet"},"uniqueItems":true})",
    R"({"$ref":"Pet"})",
    R"({})",
};

/// Every constraint key, the other schema-level keys the scanner sees next to
/// them, and two that are neither.
const std::array<std::string_view, 28> Keys = {
    "description",
    "minimum",
    "maximum",
    "exclusive_minimum",
    "exclusive_maximum",
    "multiple_of",
    "min_length",
    "max_length",
    "pattern",
    "format",
    "min_items",
    "max_items",
    "unique_items",
    "enum",
    "default",
    "example",
    "deprecated",
    "read_only",
    "write_only",
    "nullable",
    "required",
    "optional",
    "json_name",
    "ignore",
    "name",
    "minimun",
    "",
    "get",
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  FuzzedDataProvider In(Data, Size);
  const size_t BaseIndex =
      In.ConsumeIntegralInRange<size_t>(0, BaseSchemas.size() - 1);
  Schema Target = Schema::parse(BaseSchemas[BaseIndex]);

  Annotations List;
  while (In.remaining_bytes() > 0 && List.size() < 32) {
    Annotation A;
    A.Key = In.ConsumeBool() ? std::string(In.PickValueInArray(Keys))
                             : In.ConsumeRandomLengthString(32);
    if (!In.ConsumeBool())
      A.Value = In.ConsumeRandomLengthString(256);
    A.Loc = {"input.cpp", static_cast<unsigned>(List.size() + 1), 1};
    List.push_back(std::move(A));
  }

  Diagnostics Diags;
  applyConstraints(Target, List, Diags);

  FUZZ_CHECK(Target.is_object(), "the schema is no longer an object");
  for (const Diagnostic &D : Diags) {
    FUZZ_CHECK(!D.Message.empty(), "a diagnostic without a message");
    FUZZ_CHECK(D.Loc.Line >= 1 && D.Loc.Line <= List.size(),
               "a diagnostic not at one of the annotations: " + D.Message);
  }
  // Keys that are not constraints (`required`, `json_name`, typos) are other
  // code's business: applying only the constraint keys gives the same schema.
  Schema Filtered = Schema::parse(BaseSchemas[BaseIndex]);
  Annotations Constraints;
  for (const Annotation &A : List)
    if (isConstraintKey(A.Key))
      Constraints.push_back(A);
  Diagnostics Ignored;
  applyConstraints(Filtered, Constraints, Ignored);
  FUZZ_CHECK(Filtered == Target,
             "a key that is not a constraint changed the schema");
  FUZZ_CHECK(Ignored.size() == Diags.size(),
             "a key that is not a constraint was reported");

  // Merged as a model is (the merge compares canonical text of sightings).
  Model M{"Pet", "Pet", "", Target, {"input.cpp", 1, 1}};
  FUZZ_CHECK(fingerprint(M) == fingerprint(Model{M}),
             "an unstable fingerprint");

  // Written as the emitters write it. Annotation text can hold any bytes;
  // the document writer replaces invalid UTF-8 rather than throwing.
  auto Dump = [](const auto &J) {
    return J.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  const std::map<std::string, std::string> Names = {{"Pet", "Pet"}};
  EmitContext PublicSpec;
  PublicSpec.SchemaNames = Names;
  PublicSpec.Public = true;
  std::string Public = Dump(emitSchema(Target, PublicSpec));
  std::string Private = Dump(emitSchema(Target, Names));
  FUZZ_CHECK(!Public.empty() && !Private.empty(), "an empty schema");
  return 0;
}
