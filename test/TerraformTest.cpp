//===- TerraformTest.cpp - The document as a templatefile() template ------===//
//
// The placeholders rule (docs/design.md): every `${identifier}` in the output
// is a placeholder and nothing else is; --tf-vars declares exactly the
// placeholders. The last tests render every golden document the way
// templatefile() does, with only the variables collectPlaceholders lists, and
// parse the result.
//
//===----------------------------------------------------------------------===//
#include "emit/OpenApiEmitter.h"
#include "emit/TemplateText.h"
#include "emit/TerraformVariables.h"
#include "emit/UserText.h"

#include "TemplatefileRender.h"

#include "GoldenDocuments.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace apigw;
using apigw::test::renderLikeTemplatefile;
using nlohmann::ordered_json;

namespace {

TEST(TemplateTextTest, KeepsPlaceholders) {
  EXPECT_EQ(escapeTemplateText("${pets_fn}"), "${pets_fn}");
  EXPECT_EQ(escapeTemplateText("arn:aws:apigateway:${region}:lambda:path/x"),
            "arn:aws:apigateway:${region}:lambda:path/x");
  EXPECT_EQ(escapeTemplateText("${a-b_C9}"), "${a-b_C9}");
  EXPECT_EQ(escapeTemplateText("${_x}"), "${_x}");
}

TEST(TemplateTextTest, EscapesWhatIsNotAPlaceholder) {
  EXPECT_EQ(escapeTemplateText("${not a placeholder}"),
            "$${not a placeholder}");
  EXPECT_EQ(escapeTemplateText("https://${stageVariables.host}/v1"),
            "https://$${stageVariables.host}/v1");
  EXPECT_EQ(escapeTemplateText("${1st}"), "$${1st}");
  EXPECT_EQ(escapeTemplateText("${}"), "$${}");
  EXPECT_EQ(escapeTemplateText("${ name }"), "$${ name }");
  EXPECT_EQ(escapeTemplateText("${unterminated"), "$${unterminated");
  EXPECT_EQ(escapeTemplateText("%{if x}yes%{endif}"), "%%{if x}yes%%{endif}");
  EXPECT_EQ(escapeTemplateText("^\\${[a-z_]+}$"), "^\\$${[a-z_]+}$");
}

TEST(TemplateTextTest, KeepsTerraformsOwnEscapes) {
  EXPECT_EQ(escapeTemplateText("$${already}"), "$${already}");
  EXPECT_EQ(escapeTemplateText("%%{already}"), "%%{already}");
  // As Terraform reads it: a `$`, then the escape `$${`.
  EXPECT_EQ(escapeTemplateText("$$${x}"), "$$${x}");
}

TEST(TemplateTextTest, LeavesOtherDollarsAndBracesAlone) {
  for (std::string_view Text :
       {"$input.json('$')", "#set($x = $util.parseJson($input.body))",
        "{\"statusCode\": 200}", "/pets/{pet_id}", "100%", "50% {x}", "$",
        "{", "$ {x}", "% {x}", "$context.error.messageString", ""})
    EXPECT_EQ(escapeTemplateText(Text), Text);
}

TEST(TemplateTextTest, IsIdempotent) {
  for (std::string_view Text :
       {"${not a placeholder}", "%{if x}", "$${already}", "${ok}", "$$${x}",
        "${a}${b c}%{d}%%{e}$${f}"})
    EXPECT_EQ(escapeTemplateText(escapeTemplateText(Text)),
              escapeTemplateText(Text))
        << Text;
}

TEST(TemplateTextTest, UserTextEscapes) {
  EXPECT_EQ(userText("Costs ${price y}"), "Costs $${price y}");
  EXPECT_EQ(userJson(Schema{{"${k v}", "%{x}"}}),
            (Schema{{"$${k v}", "%%{x}"}}));
}

TEST(TemplateTextTest, ScansLikeTerraform) {
  std::vector<std::string> Pieces;
  scanTemplate("a${x}b$${y}c${z w}%{d}", [&](const TemplatePiece &P) {
    const char *Kind[] = {"lit:", "var:", "bad:"};
    Pieces.push_back(Kind[P.What] + P.Text);
  });
  EXPECT_EQ(Pieces, (std::vector<std::string>{"lit:a", "var:x", "lit:b${y}c",
                                              "bad:${", "lit:z w}", "bad:%{",
                                              "lit:d}"}));
}

TEST(TerraformVariablesTest, CollectsWhereEachPlaceholderIsUsed) {
  ordered_json Doc = ordered_json::parse(R"({
    "openapi": "3.0.1",
    "info": {"title": "t", "description": "Stage ${stage}", "version": "1"},
    "servers": [{"url": "https://${domain}/v1"}],
    "paths": {
      "/pets": {
        "get": {
          "description": "No $${escaped} here",
          "x-amazon-apigateway-integration": {
            "uri": "arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${fn}/invocations",
            "credentials": "${role}"
          }
        },
        "x-amazon-apigateway-any-method": {
          "x-amazon-apigateway-integration": {"uri": "${fn}"}
        }
      }
    },
    "components": {
      "securitySchemes": {
        "users": {"x-amazon-apigateway-authorizer": {"providerARNs": ["${pool}"]}}
      }
    }
  })");
  PlaceholderUses Uses = collectPlaceholders(Doc);
  EXPECT_EQ(Uses, (PlaceholderUses{
                      {"domain", {"servers"}},
                      {"fn", {"GET /pets integration uri", "ANY /pets integration uri"}},
                      {"pool", {"security scheme users providerARNs"}},
                      {"region", {"GET /pets integration uri"}},
                      {"role", {"GET /pets integration credentials"}},
                      {"stage", {"info description"}},
                  }));
}

TEST(TerraformVariablesTest, MergesAndRenders) {
  PlaceholderUses Uses = {{"fn", {"GET /a integration uri"}},
                          {"region", {"GET /a integration uri"}}};
  mergePlaceholders(Uses, {{"fn", {"GET /a integration uri", "GET /b integration uri"}},
                           {"many", {"1", "2", "3", "4", "5", "6"}},
                           {"quote", {"schema \"Q\" ${x}"}}});
  EXPECT_EQ(renderTerraformVariables(Uses),
            R"(# The variables the OpenAPI document's ${placeholders} need, for
# templatefile(); written by clang-apigw --tf-vars.

variable "fn" {
  type        = string
  description = "Used in: GET /a integration uri; GET /b integration uri"
}

variable "many" {
  type        = string
  description = "Used in: 1; 2; 3; 4; and 2 more"
}

variable "quote" {
  type        = string
  description = "Used in: schema \"Q\" $${x}"
}

variable "region" {
  type        = string
  description = "The AWS region. Used in: GET /a integration uri"
}
)");
  EXPECT_EQ(renderTerraformVariables({}),
            "# The variables the OpenAPI document's ${placeholders} need, for\n"
            "# templatefile(); written by clang-apigw --tf-vars.\n");
}

/// Renders `Text` with exactly the variables collectPlaceholders finds, and
/// parses the result.
void expectRendersToJson(const std::string &Text) {
  PlaceholderUses Uses = collectPlaceholders(ordered_json::parse(Text));
  std::map<std::string, std::string> Vars;
  for (const auto &[Name, Places] : Uses)
    Vars[Name] = "value-of-" + Name;
  test::Rendered Out = renderLikeTemplatefile(Text, Vars);
  EXPECT_TRUE(Out.Problems.empty()) << ::testing::PrintToString(Out.Problems);
  EXPECT_TRUE(ordered_json::accept(Out.Text)) << Out.Text;
}

/// An API whose user text is full of what templatefile would trip on.
ApiModel nastyApi() {
  Operation Op;
  Op.Method = "get";
  Op.Path = "/prices/{id}";
  Op.OperationId = "getPrice";
  Op.Summary = "Costs $${already} escaped";
  Op.Description = "Uses ${not a placeholder} and %{if x}yes%{endif}.";
  Op.Tags = {"${tag x}"};
  Parameter Id;
  Id.Name = "id";
  Id.In = ParamIn::Path;
  Id.Required = true;
  Id.Description = "Matches %%{kept} and ${price_id_doc}";
  Id.Type = Schema::parse(R"({"type": "string", "pattern": "^\\${[a-z_]+}$"})");
  Op.Parameters = {Id};
  Op.Responses = {{"200", "Price ${in cents}", std::nullopt}};
  Op.Target.Kind = "Http";
  Op.Target.Target = "https://${stageVariables.host}/prices/{id}";
  ApiModel Api;
  Api.Operations = {Op};
  Model M;
  M.Id = "Price";
  M.UnqualifiedName = "Price";
  M.Body = Schema::parse(R"({"type": "object", "description": "%{ for x in y }",
    "properties": {"${amount}": {"type": "string", "example": "${x y}"}}})");
  Api.Models = {M};
  return Api;
}

TEST(TerraformRenderTest, NastyUserTextRendersToWhatTheUserWrote) {
  ApiModel Api = nastyApi();
  for (bool Public : {false, true}) {
    EmitOptions Options;
    Options.Public = Public;
    std::string Text = emitOpenApi(Api, Options).dump(2);
    expectRendersToJson(Text);
    PlaceholderUses Uses = collectPlaceholders(ordered_json::parse(Text));
    EXPECT_EQ(Uses.size(), 2u); // price_id_doc and amount (a property name)
    EXPECT_TRUE(Uses.count("price_id_doc"));
    EXPECT_TRUE(Uses.count("amount"));

    std::map<std::string, std::string> Vars = {{"price_id_doc", "P"},
                                               {"amount", "A"}};
    ordered_json Rendered =
        ordered_json::parse(renderLikeTemplatefile(Text, Vars).Text);
    const ordered_json &Get = Rendered["paths"]["/prices/{id}"]["get"];
    EXPECT_EQ(Get["summary"], "Costs ${already} escaped");
    EXPECT_EQ(Get["description"],
              "Uses ${not a placeholder} and %{if x}yes%{endif}.");
    EXPECT_EQ(Get["tags"][0], "${tag x}");
    EXPECT_EQ(Get["parameters"][0]["description"], "Matches %{kept} and P");
    EXPECT_EQ(Get["parameters"][0]["schema"]["pattern"], "^\\${[a-z_]+}$");
    EXPECT_EQ(Get["responses"]["200"]["description"], "Price ${in cents}");
    EXPECT_EQ(Rendered["components"]["schemas"]["Price"]["description"],
              "%{ for x in y }");
    EXPECT_TRUE(
        Rendered["components"]["schemas"]["Price"]["properties"].contains("A"));
    if (!Public)
      EXPECT_EQ(Get["x-amazon-apigateway-integration"]["uri"],
                "https://${stageVariables.host}/prices/{id}");
  }
}

class GoldenTemplatefileTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTemplatefileTest, RendersToValidJson) {
  const std::string Text = goldenDocument(GetParam());
  ASSERT_TRUE(ordered_json::accept(Text));
  expectRendersToJson(Text);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GoldenTemplatefileTest,
                         ::testing::ValuesIn(goldenDocuments()),
                         [](const ::testing::TestParamInfo<std::string> &Info) {
                           return goldenTestName(Info.param);
                         });

} // namespace
