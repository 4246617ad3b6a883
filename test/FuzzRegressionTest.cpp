//===- FuzzRegressionTest.cpp - Inputs the fuzzers (fuzz/) found ----------===//
//
// One test per finding, named after what went wrong, with the smallest input
// that showed it. Run under scripts/test-sanitized.sh these also prove the
// sanitizer stays quiet.
//
//===----------------------------------------------------------------------===//
#include "keys/Constraints.h"
#include "model/Fingerprint.h"
#include "model/Merge.h"
#include "keys/Values.h"
#include "integrations/VtlTemplates.h"

#include <gtest/gtest.h>

#include <cstdint>

using namespace apigw;
using nlohmann::json;

namespace {

Schema constrained(Schema S, std::string Key, std::string Value) {
  Annotations Keys = {{std::move(Key), std::move(Value), {"input.cpp", 3, 7}}};
  Diagnostics Diags;
  applyConstraints(S, Keys, Diags);
  EXPECT_TRUE(Diags.empty()) << Diags.front().Message;
  return S;
}

const Schema Int32 = {{"type", "integer"}, {"format", "int32"}};

/// "caf\xE9": Latin-1, as a source file saved in ISO-8859-1 gives it.
const std::string Latin1 = "caf\xE9";

} // namespace

// constraints_fuzzer: `minimum=1e300` converted the double to int64 to see
// whether it was integral, which is undefined behaviour out of int64's range
// (UBSan: "1e+300 is outside the range of representable values of type
// 'long'"). Huge bounds stay doubles; integral bounds in range stay integers.
TEST(FuzzRegressionTest, HugeNumericBoundIsNotConvertedToInteger) {
  Schema S = constrained(Int32, "minimum", "1e300");
  ASSERT_TRUE(S["minimum"].is_number_float());
  EXPECT_EQ(S["minimum"].get<double>(), 1e300);

  S = constrained(Int32, "maximum", "-1e300");
  EXPECT_EQ(S["maximum"].get<double>(), -1e300);
  // 2^63 itself is out of range, -2^63 is in.
  EXPECT_TRUE(constrained(Int32, "maximum", "9223372036854775808")["maximum"]
                  .is_number_float());
  S = constrained(Int32, "minimum", "-9223372036854775808");
  ASSERT_TRUE(S["minimum"].is_number_integer());
  EXPECT_EQ(S["minimum"].get<std::int64_t>(), INT64_MIN);
  EXPECT_EQ(constrained(Int32, "multiple_of", "1e19")["multipleOf"], 1e19);
  EXPECT_EQ(constrained(Int32, "minimum", "2")["minimum"].dump(), "2");
  EXPECT_EQ(constrained(Int32, "minimum", "2.5")["minimum"].dump(), "2.5");
}

// constraints_fuzzer: annotation text that is not UTF-8 ended the process
// (an uncaught nlohmann type_error 316) when the merge fingerprinted the
// model; the same with an operation's description or a Latin-1 file name.
TEST(FuzzRegressionTest, FingerprintOfTextThatIsNotUtf8DoesNotThrow) {
  Model M{"Pet",
          "Pet",
          "",
          constrained(json{{"type", "string"}}, "pattern", Latin1),
          {}};
  EXPECT_NO_THROW(fingerprint(M));
  Model Other = M;
  Other.Body["pattern"] = "cafe";
  EXPECT_NE(fingerprint(M), fingerprint(Other));

  Operation Op;
  Op.Description = Latin1;
  Op.Loc = {"src/" + Latin1 + ".cpp", 1, 1};
  EXPECT_NO_THROW(fingerprint(Op));
  Authorizer A;
  A.ValidationExpression = Latin1;
  EXPECT_NO_THROW(fingerprint(A));
  ApiSettings Api;
  Api.Title = Latin1;
  EXPECT_NO_THROW(fingerprint(Api));
}

// The same through the whole merge: one model seen by two units, one
// operation; no exception, one model kept.
TEST(FuzzRegressionTest, MergeOfTextThatIsNotUtf8DoesNotThrow) {
  ApiModel Unit;
  Unit.Models.push_back(
      {"Pet", "Pet", "", json{{"description", Latin1}}, {"a.h", 1, 1}});
  Operation Op;
  Op.Method = "get";
  Op.Path = "/pets";
  Op.OperationId = "listPets";
  Op.Description = Latin1;
  Op.Loc = {"a.cpp", 2, 1};
  Unit.Operations.push_back(Op);
  Diagnostics Diags;
  ApiModel Merged;
  EXPECT_NO_THROW(Merged = mergeUnits({{"a.cpp", Unit}, {"b.cpp", Unit}}, Diags));
  EXPECT_EQ(Merged.Models.size(), 1u);
  EXPECT_EQ(Merged.Operations.size(), 1u);
}

// The mapping templates write ARNs and table names as JSON strings: the same
// exception from a Latin-1 table name.
TEST(FuzzRegressionTest, TemplateOfTextThatIsNotUtf8DoesNotThrow) {
  std::string Template;
  EXPECT_NO_THROW(Template = dynamoDbKeyTemplate(Latin1, "PK#{id}", ""));
  EXPECT_NE(Template.find("\"caf\xEF\xBF\xBD\""), std::string::npos)
      << Template;
  EXPECT_NO_THROW(stepFunctionsRequestTemplate(Latin1));
}

// Found by review while fuzzing (inputs beyond libFuzzer's -max_len): an
// `example=` of 50,000 nested `[` parsed, then overflowed the stack when the
// value was copied and written (nlohmann::json recurses there). Values nested
// deeper than MaxJsonDepth are refused with a message instead.
TEST(FuzzRegressionTest, DeeplyNestedJsonValueIsRefused) {
  auto nested = [](unsigned Depth) {
    return std::string(Depth, '[') + std::string(Depth, ']');
  };
  EXPECT_TRUE(static_cast<bool>(parseJsonValue(nested(MaxJsonDepth))));
  auto Deep = parseJsonValue(nested(MaxJsonDepth + 1));
  ASSERT_FALSE(static_cast<bool>(Deep));
  EXPECT_EQ(llvm::toString(Deep.takeError()),
            "JSON nested more than 100 levels deep");
  auto VeryDeep = parseJsonValue(nested(50000));
  ASSERT_FALSE(static_cast<bool>(VeryDeep));
  llvm::consumeError(VeryDeep.takeError());
  // Brackets inside strings are text, not nesting.
  std::string InString = "\"" + nested(1000) + "\\\"[\"";
  auto Text = parseJsonValue(InString);
  ASSERT_TRUE(static_cast<bool>(Text)) << llvm::toString(Text.takeError());
  EXPECT_EQ(Text->get<std::string>(), nested(1000) + "\"[");
  // Through the constraint keys: reported at the annotation, left out.
  Annotations Keys = {{"default", nested(50000), {"input.cpp", 3, 7}}};
  Diagnostics Diags;
  Schema S = Int32;
  applyConstraints(S, Keys, Diags);
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(
      Diags[0].Message,
      "invalid value for 'default': JSON nested more than 100 levels deep");
  EXPECT_FALSE(S.contains("default"));
}
