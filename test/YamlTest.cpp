//===- YamlTest.cpp - --format yaml ---------------------------------------===//
#include "emit/YamlDocument.h"

#include "GoldenDocuments.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace apigw;
using nlohmann::ordered_json;

namespace {

TEST(YamlTest, WritesBlockYamlInKeyOrder) {
  ordered_json Doc = ordered_json::parse(R"({
    "openapi": "3.0.1",
    "info": {"title": "Pets", "version": "1.0"},
    "paths": {
      "/pets/{id}": {
        "get": {
          "tags": ["pets", "store"],
          "responses": {"200": {"description": "OK"}, "default": {"description": "x"}},
          "x-amazon-apigateway-integration": {
            "type": "aws_proxy",
            "uri": "${pets_fn}",
            "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
            "responseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'"},
            "timeoutInMillis": 29000,
            "passthrough": true,
            "multiple": 0.5,
            "big": 1e100,
            "nothing": null
          }
        }
      }
    },
    "components": {"schemas": {}, "list": []}
  })");
  EXPECT_EQ(toYaml(Doc), R"(openapi: "3.0.1"
info:
  title: Pets
  version: "1.0"
paths:
  /pets/{id}:
    get:
      tags:
        - pets
        - store
      responses:
        "200":
          description: OK
        default:
          description: x
      x-amazon-apigateway-integration:
        type: aws_proxy
        uri: ${pets_fn}
        requestTemplates:
          application/json: "{\"statusCode\": 200}"
        responseParameters:
          method.response.header.Access-Control-Allow-Origin: "'*'"
        timeoutInMillis: 29000
        passthrough: true
        multiple: 0.5
        big: 1.0e+100
        nothing: ~
components:
  schemas: {}
  list: []
)");
}

TEST(YamlTest, QuotesStringsThatWouldChangeType) {
  for (std::string_view Text :
       {"", "~", "null", "NULL", "true", "False", "yes", "No", "on", "OFF", "y",
        "n", "200", "-1", "+1", ".5", "-.5", "1e3", "0x1F", "0o17", "1_000",
        "2024-01-01", "12:30", ".inf", "-.Inf", ".nan", "<<", "="})
    EXPECT_TRUE(plainScalarChangesType(Text)) << Text;
  for (std::string_view Text :
       {"OK", "pets", "${region}", "get", "application/json", "-", ".", "+",
        "nullable", "yesterday", "x-amazon-apigateway-integration", "v1"})
    EXPECT_FALSE(plainScalarChangesType(Text)) << Text;
}

TEST(YamlTest, QuotedWhereYamlSyntaxNeedsIt) {
  ordered_json Doc = {{"a", "*"},        {"b", "a: b"},  {"c", "#x"},
                      {"d", "x #y"},     {"e", "'q'"},   {"f", "line\nnext"},
                      {"g", " lead"},    {"h", "%{x}"},  {"i", "[x]"},
                      {"j", "@x"},       {"k", "tab\t"}, {"l", "ünïcödé"},
                      {"m", "- item"},   {"n", "? q"},   {"o", "&a"},
                      {"p", "!t"},       {"q", "{\"json\": 1}"}};
  std::string Yaml = toYaml(Doc);
  auto Back = parseYaml(Yaml);
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(*Back, Doc) << Yaml;
}

TEST(YamlTest, ParsesCoreSchemaScalars) {
  auto Doc = parseYaml("a: 1\nb: -2\nc: 1.5\nd: true\ne: ~\nf: \"1\"\ng: x\n"
                       "h: 0x10\ni: '2'\nj:\nk: [1, two]\nl: {m: n}\n");
  ASSERT_TRUE(bool(Doc)) << llvm::toString(Doc.takeError());
  EXPECT_EQ(*Doc, ordered_json::parse(R"({"a": 1, "b": -2, "c": 1.5, "d": true,
    "e": null, "f": "1", "g": "x", "h": 16, "i": "2", "j": null,
    "k": [1, "two"], "l": {"m": "n"}})"));
  EXPECT_EQ(Doc->begin().key(), "a"); // order kept
  EXPECT_FALSE(bool(parseYaml("a: [1, 2\n")));
  llvm::consumeError(parseYaml("a: [1, 2\n").takeError());
}

TEST(YamlTest, RefusesAnchorsAliasesAndDeepNestingWithoutExpandingThem) {
  auto errorOf = [](const std::string &Text) {
    auto Doc = parseYaml(Text);
    return Doc ? std::string("<parsed>") : llvm::toString(Doc.takeError());
  };
  EXPECT_EQ(errorOf("&a [*a]\n"),
            "line 1, column 1: YAML anchors are not read (clang-apigw never writes them)");
  EXPECT_EQ(errorOf("a: b\nc: &x 1\n"),
            "line 2, column 4: YAML anchors are not read (clang-apigw never writes them)");
  EXPECT_EQ(errorOf("a: *x\n").find("not valid YAML"), 0u); // an unknown alias
  EXPECT_EQ(errorOf(std::string(100000, '[') + std::string(100000, ']')).find("not valid YAML"),
            0u);
  EXPECT_EQ(errorOf("? [a]\n: b\n"), "line 1, column 3: a mapping key that is not a scalar");
  EXPECT_EQ(errorOf(std::string(400, '[') + std::string(400, ']')), "<parsed>");
}

TEST(YamlTest, IsDeterministic) {
  ordered_json Doc = {{"z", 1}, {"a", {{"y", "2"}, {"b", {1, 2}}}}};
  EXPECT_EQ(toYaml(Doc), toYaml(ordered_json::parse(Doc.dump())));
}

TEST(YamlTest, EscapesEveryCharacterThatIsNotPrintable) {
  EXPECT_EQ(doubleQuoted("a\rb"), R"("a\rb")");
  EXPECT_EQ(doubleQuoted(std::string("\0\x01\x1f", 3)), R"("\x00\x01\x1f")");
  EXPECT_EQ(doubleQuoted("tab\tnl\n"), R"("tab\tnl\n")");
  EXPECT_EQ(doubleQuoted("del\x7f"), R"("del\x7f")");
  EXPECT_EQ(doubleQuoted("c1 \u0080\u0085\u009f"), R"("c1 \x80\x85\x9f")");
  EXPECT_EQ(doubleQuoted("\u2028\u2029\ufeff\ufffe\uffff"),
            R"("\u2028\u2029\ufeff\ufffe\uffff")");
  EXPECT_EQ(doubleQuoted("say \"\\"), R"("say \"\\")");
  // Printable text stays as it is, outside the BMP too.
  EXPECT_EQ(doubleQuoted("caf\u00e9 \u00a0 \U0001F600 \ufffd"),
            "\"caf\u00e9 \u00a0 \U0001F600 \ufffd\"");
  // Not UTF-8 (a lone byte, an overlong '/', a surrogate): U+FFFD each.
  EXPECT_EQ(doubleQuoted("\xe9|\xc0\xaf|\xed\xa0\x80"),
            "\"\ufffd|\ufffd\ufffd|\ufffd\ufffd\ufffd\"");
}

TEST(YamlTest, WritesNonPrintableTextEscapedInKeysAndValues) {
  ordered_json Doc = {{"carriage\rreturn", "a\rb"},
                      {"list", {"del\x7f", "nel\u0085", "ls\u2028"}},
                      {"plain", "caf\u00e9"}};
  std::string Yaml = toYaml(Doc);
  EXPECT_EQ(Yaml, "\"carriage\\rreturn\": \"a\\rb\"\n"
                  "list:\n"
                  "  - \"del\\x7f\"\n"
                  "  - \"nel\\x85\"\n"
                  "  - \"ls\\u2028\"\n"
                  "plain: caf\u00e9\n");
  auto Back = parseYaml(Yaml);
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(*Back, Doc);
}

class GoldenYamlTest : public ::testing::TestWithParam<std::string> {};

// The YAML of every golden document reads back as the same data.
TEST_P(GoldenYamlTest, RoundTrips) {
  const std::string Text = goldenDocument(GetParam());
  ordered_json Doc = ordered_json::parse(Text);
  std::string Yaml = toYaml(Doc);
  auto Back = parseYaml(Yaml);
  ASSERT_TRUE(bool(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(*Back, Doc);
  // Same keys in the same order, not only equal maps.
  EXPECT_EQ(Back->dump(), Doc.dump());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GoldenYamlTest,
                         ::testing::ValuesIn(goldenDocuments()),
                         [](const ::testing::TestParamInfo<std::string> &Info) {
                           return goldenTestName(Info.param);
                         });

} // namespace
