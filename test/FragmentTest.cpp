//===- FragmentTest.cpp - Per-unit fragments: write, read, refuse ---------===//
//
// The round trip is checked as write(read(write(X))) == write(X): the text
// compares every key, including ones a field-by-field check might forget.
// That alone would not notice a field that is never written at all, so the
// sample sets every field to a non-default value and a few are checked
// explicitly after reading.
//
//===----------------------------------------------------------------------===//
#include "model/Fragment.h"

#include <gtest/gtest.h>

using namespace apigw;
using nlohmann::json;

namespace {

Location loc(unsigned Line) { return {"src/pets.cpp", Line, Line + 1}; }

SecurityRequirement requirement(std::string Authorizer, unsigned Line) {
  return {std::move(Authorizer), {"pets/read", "pets/write"}, loc(Line)};
}

Operation sampleOperation() {
  Operation Op;
  Op.Method = "put";
  Op.Path = "/pets/{id}";
  Op.OperationId = "updatePet";
  Op.Summary = "Update a pet";
  Op.Description = "Replaces the pet.\nAll of it.";
  Op.Tags = {"pets", "write"};
  Op.Deprecated = true;
  Op.ApiKeyRequired = true;
  Op.Parameters = {{"id", ParamIn::Path, true, "The pet's id",
                    json{{"type", "integer"}}, loc(3)},
                   {"X-Trace", ParamIn::Header, false, "Tracing",
                    json{{"type", "string"}}, loc(4)}};
  Op.Body = RequestBody{json{{"$ref", "v2::Pet"}}, false, "The new pet"};
  Op.Responses = {{"200", "The pet", json{{"$ref", "v2::Pet"}}},
                  {"404", "No such pet", std::nullopt},
                  {"default", "Anything", json(nullptr)}};
  Op.Security = std::vector{requirement("cognito", 5),
                            requirement("lambda", 6)};
  Op.Validator = "body";
  Integration &I = Op.Target;
  I.Kind = "StepFunctionsSync";
  I.Target = "arn:aws:states:eu-west-1:123:stateMachine:Pets";
  I.Credentials = "arn:aws:iam::123:role/Gw";
  I.RequestTemplate = "{\"input\": \"$util.escapeJavaScript($input.json('$'))\"}";
  I.ResponseTemplate = "$input.path('$.output')";
  I.RequestParameters = {{"integration.request.header.X-Id",
                          "method.request.path.id"}};
  I.TimeoutMs = 12000;
  I.PassthroughBehavior = "never";
  I.ContentHandling = "CONVERT_TO_TEXT";
  I.VpcLinkId = "vpc-1";
  I.Options = DynamoDbItem{"$input.params('id')", "", "", "#pk = :pk"};
  Op.Handler = {"shop::pets::update_pet",
                "/work/include/pets.h",
                "std::optional<v2::Pet>",
                {{"id", "std::int64_t", ParamSource::Path, "id"},
                 {"trace", "const std::string &", ParamSource::Header, "X-Trace"},
                 {"pet", "const v2::Pet &", ParamSource::Body, ""},
                 {"context", "const apigw::RequestContext &", ParamSource::Context, ""},
                 {"", "int", ParamSource::Ignored, ""}}};
  Op.Loc = loc(2);
  // Built from a header declaration and the .cpp definition; a flag has no value.
  Op.From.Declarations = {loc(2), {"src/pets_impl.cpp", 7, 3}};
  Op.From.Keys = {{loc(2), {"put", "/pets/{id}", loc(1)}},
                  {loc(2), {"deprecated", std::nullopt, loc(1)}}};
  return Op;
}

Fragment sampleFragment() {
  Fragment F;
  F.Source = "src/pets.cpp";
  F.Directory = "/work/build";
  F.Dependencies = {"src/pets.cpp", "include/apigw.h"};

  Operation Secured = sampleOperation();
  Operation Open = sampleOperation(); // security=none: set and empty.
  Open.Method = "get";
  Open.Security.emplace();
  Open.Body.reset();
  Open.Target.TimeoutMs.reset();
  Operation Default = sampleOperation(); // No security= at all.
  Default.Method = "delete";
  Default.Security.reset();
  F.Api.Operations = {Secured, Open, Default};

  Authorizer A;
  A.Id = "cognito";
  A.Name = "UserPool";
  A.Kind = AuthorizerKind::LambdaRequest;
  A.ProviderArns = {"arn:aws:cognito-idp:eu-west-1:123:userpool/p"};
  A.FunctionUri = "arn:aws:apigateway:eu-west-1:lambda:path/fn";
  A.RoleArn = "arn:aws:iam::123:role/Auth";
  A.HeaderNames = {"Authorization"};
  A.QueryNames = {"token"};
  A.ValidationExpression = "^Bearer .+$";
  A.TtlSeconds = 300;
  A.Loc = loc(10);
  F.Api.Authorizers = {A};

  Model Pet{"v2::Pet", "Pet", "PetV2",
            json{{"type", "object"}, {"x-n", 1.5}, {"x-u", -3}}, loc(20)};
  Pet.CppName = "v2::Pet";
  Pet.Header = "/work/include/pets.h";
  Pet.Fields = {{"id", "id", "std::int64_t", false},
                {"tag", "petTag", "std::optional<std::string>", true}};
  Model Status{"v2::Status", "Status", "", json{{"enum", {"sold", 2, nullptr}}}, loc(21)};
  Status.CppName = "v2::Status";
  Status.Enumerators = {{"sold", "sold"}, {"lost", 2}, {"unknown", nullptr}};
  F.Api.Models = {Pet, Status};

  ApiSettings Api;
  Api.Title = "Pets";
  Api.Version = "2.1";
  Api.Description = "All the pets";
  Api.Servers = {"https://api.example.com"};
  Api.Security = std::vector{requirement("cognito", 31)};
  Api.Validator = "all";
  Api.CorsOrigin = "*";
  Api.CorsHeaders = {"Content-Type"};
  Api.CorsMethods = {"GET", "PUT"};
  Api.BinaryMediaTypes = {"image/png"};
  Api.ApiKeySource = "HEADER";
  Api.EndpointType = "REGIONAL";
  Api.MinimumCompressionSize = 1024;
  Api.GatewayResponses = true;
  Api.Loc = loc(30);
  ApiSettings EmptySecurity = Api; // A second `api`: set-and-empty, unset size.
  EmptySecurity.Security.emplace();
  EmptySecurity.MinimumCompressionSize.reset();
  F.Api.Apis = {Api, EmptySecurity};

  Diagnostic D;
  D.Loc = loc(40);
  D.Level = Severity::Warning;
  D.Message = "duplicate route";
  D.Notes = {{loc(41), "previous definition is here"}};
  F.Diags = {D};
  return F;
}

Fragment readOrFail(const std::string &Text) {
  auto F = readFragment(Text, "pets.frag");
  if (!F) {
    ADD_FAILURE() << llvm::toString(F.takeError());
    return {};
  }
  return std::move(*F);
}

std::string readError(std::string_view Text) {
  auto F = readFragment(Text, "units/pets.frag");
  if (F) {
    ADD_FAILURE() << "read succeeded";
    return {};
  }
  return llvm::toString(F.takeError());
}

/// A valid fragment with one edit applied to its JSON.
template <typename Edit> std::string editedFragment(Edit Change) {
  json J = json::parse(writeFragment(sampleFragment()));
  Change(J);
  return J.dump();
}

} // namespace

TEST(FragmentTest, RoundTripIsExact) {
  std::string Text = writeFragment(sampleFragment());
  EXPECT_EQ(writeFragment(readOrFail(Text)), Text);
  EXPECT_EQ(Text.back(), '\n');
}

TEST(FragmentTest, EmptyFragmentRoundTrips) {
  std::string Text = writeFragment(Fragment{});
  EXPECT_EQ(writeFragment(readOrFail(Text)), Text);
}

TEST(FragmentTest, FieldsSurviveReading) {
  Fragment F = readOrFail(writeFragment(sampleFragment()));
  EXPECT_EQ(F.Source, "src/pets.cpp");
  EXPECT_EQ(F.Dependencies, (std::vector<std::string>{"src/pets.cpp",
                                                      "include/apigw.h"}));
  ASSERT_EQ(F.Api.Operations.size(), 3u);
  const Operation &Op = F.Api.Operations[0];
  EXPECT_EQ(Op.Loc, loc(2));
  EXPECT_EQ(Op.Parameters.at(0).In, ParamIn::Path);
  EXPECT_EQ(Op.Target.Kind, "StepFunctionsSync");
  EXPECT_EQ(Op.Target.TimeoutMs, 12000);
  EXPECT_EQ(std::get<DynamoDbItem>(Op.Target.Options).QueryExpression, "#pk = :pk");
  ASSERT_TRUE(Op.Responses.at(2).Body.has_value()); // Set, to null.
  EXPECT_TRUE(Op.Responses.at(2).Body->is_null());
  EXPECT_FALSE(Op.Responses.at(1).Body.has_value());
  ASSERT_TRUE(Op.Security.has_value());
  EXPECT_EQ(Op.Security->at(1).Scopes.at(1), "pets/write");
  EXPECT_EQ(F.Api.Models.at(0).Body.at("x-u"), -3);
  EXPECT_EQ(F.Api.Authorizers.at(0).Kind, AuthorizerKind::LambdaRequest);
  EXPECT_EQ(F.Diags.at(0).Level, Severity::Warning);
  EXPECT_EQ(F.Diags.at(0).Notes.at(0).first, loc(41));
  EXPECT_EQ(Op.From.Declarations.at(1).File, "src/pets_impl.cpp");
  EXPECT_EQ(Op.From.Keys.at(0).Declaration, loc(2));
  EXPECT_EQ(Op.From.Keys.at(0).Written.Value, "/pets/{id}");
  EXPECT_FALSE(Op.From.Keys.at(1).Written.Value.has_value());
}

TEST(FragmentTest, CodeGenerationFactsSurviveReading) {
  Fragment F = readOrFail(writeFragment(sampleFragment()));
  EXPECT_EQ(F.Api.Operations.at(0).Handler, sampleOperation().Handler);
  const Model &Pet = F.Api.Models.at(0);
  EXPECT_EQ(Pet.CppName, "v2::Pet");
  EXPECT_EQ(Pet.Header, "/work/include/pets.h");
  EXPECT_EQ(Pet.Fields, (std::vector<ModelField>{{"id", "id", "std::int64_t", false},
                                                 {"tag", "petTag", "std::optional<std::string>",
                                                  true}}));
  EXPECT_EQ(F.Api.Models.at(1).Enumerators,
            (std::vector<ModelEnumerator>{{"sold", "sold"}, {"lost", 2}, {"unknown", nullptr}}));
}

TEST(FragmentTest, UnsetSecurityIsNotEmptySecurity) {
  Fragment F = readOrFail(writeFragment(sampleFragment()));
  const Operation &Open = F.Api.Operations.at(1);
  ASSERT_TRUE(Open.Security.has_value());
  EXPECT_TRUE(Open.Security->empty());
  EXPECT_FALSE(Open.Body.has_value());
  EXPECT_FALSE(Open.Target.TimeoutMs.has_value());
  EXPECT_FALSE(F.Api.Operations.at(2).Security.has_value());
  ASSERT_TRUE(F.Api.Apis.at(1).Security.has_value());
  EXPECT_TRUE(F.Api.Apis.at(1).Security->empty());
  EXPECT_FALSE(F.Api.Apis.at(1).MinimumCompressionSize.has_value());
  EXPECT_EQ(F.Api.Apis.at(0).MinimumCompressionSize, 1024);
}

TEST(FragmentTest, WrittenFormIsTaggedReadableAndSparse) {
  json J = json::parse(writeFragment(sampleFragment()));
  EXPECT_EQ(J["format"], "clang-apigw-fragment");
  EXPECT_EQ(J["version"], 4);
  const json &Ops = J["Api"]["Operations"];
  EXPECT_EQ(Ops[0]["Target"]["Kind"], "StepFunctionsSync");
  EXPECT_EQ(Ops[0]["Parameters"][1]["In"], "Header");
  EXPECT_EQ(J["Diags"][0]["Level"], "Warning");
  EXPECT_EQ(Ops[1]["Security"], json::array());
  EXPECT_FALSE(Ops[2].contains("Security"));
  EXPECT_FALSE(Ops[1].contains("Body"));
  EXPECT_FALSE(Ops[0]["Responses"][1].contains("Body"));
  EXPECT_EQ(Ops[0]["From"]["Keys"][0]["Value"], "/pets/{id}");
  EXPECT_FALSE(Ops[0]["From"]["Keys"][1].contains("Value"));
  EXPECT_EQ(Ops[0]["Handler"]["Parameters"][3]["Source"], "Context");
}

TEST(FragmentTest, GarbageIsNotJson) {
  std::string Error = readError("this is not JSON");
  EXPECT_NE(Error.find("units/pets.frag: not valid JSON"), std::string::npos)
      << Error;
  EXPECT_NE(readError("").find("units/pets.frag"), std::string::npos);
  EXPECT_NE(readError("[1, 2]").find("not a clang-apigw fragment"),
            std::string::npos);
}

TEST(FragmentTest, DeepNestingIsRefusedBeforeParsing) {
  std::string Deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(readError(R"({"format": "clang-apigw-fragment", "Api": )" + Deep + "}"),
            "units/pets.frag: JSON nested more than 1000 levels deep");
}

TEST(FragmentTest, WrongFormatTag) {
  std::string Error = readError(
      editedFragment([](json &J) { J["format"] = "clang-doc-yaml"; }));
  EXPECT_EQ(Error, "units/pets.frag: not a clang-apigw fragment (\"format\" "
                   "is not \"clang-apigw-fragment\")");
  EXPECT_NE(readError(editedFragment([](json &J) { J.erase("format"); }))
                .find("not a clang-apigw fragment"),
            std::string::npos);
}

TEST(FragmentTest, WrongVersion) {
  std::string Error =
      readError(editedFragment([](json &J) { J["version"] = 1; }));
  EXPECT_EQ(Error, "units/pets.frag: fragment version 1 is not supported "
                   "(expected 4); rescan the unit");
  // Version 2 had no code generation facts: refused, not read without them.
  EXPECT_EQ(readError(editedFragment([](json &J) { J["version"] = 2; })),
            "units/pets.frag: fragment version 2 is not supported "
            "(expected 4); rescan the unit");
  EXPECT_NE(readError(editedFragment([](json &J) { J["version"] = "2"; }))
                .find("no integer \"version\""),
            std::string::npos);
}

TEST(FragmentTest, IllTypedFieldNamesItsPath) {
  EXPECT_EQ(readError(editedFragment(
                [](json &J) { J["Api"]["Operations"][1]["Method"] = 5; })),
            "units/pets.frag: Api.Operations[1].Method: expected a string, "
            "found number");
  EXPECT_EQ(readError(editedFragment([](json &J) {
              J["Api"]["Operations"][0]["Target"]["Kind"] = "Lambda";
            })),
            "units/pets.frag: Api.Operations[0].Target.Kind: unknown "
            "integration kind \"Lambda\"");
  EXPECT_EQ(readError(editedFragment(
                [](json &J) { J["Diags"][0]["Notes"][0]["Loc"]["Line"] = -1; })),
            "units/pets.frag: Diags[0].Notes[0].Loc.Line: integer -1 out of "
            "range");
  EXPECT_EQ(readError(editedFragment([](json &J) {
              J["Api"]["Apis"][0]["MinimumCompressionSize"] = 1.5;
            })),
            "units/pets.frag: Api.Apis[0].MinimumCompressionSize: expected an "
            "integer, found number");
  EXPECT_EQ(readError(editedFragment([](json &J) {
              J["Api"]["Operations"][0]["Handler"]["Parameters"][0]["Source"] = "Cookie";
            })),
            "units/pets.frag: Api.Operations[0].Handler.Parameters[0].Source: "
            "unknown ParamSource \"Cookie\"");
  EXPECT_EQ(readError(editedFragment(
                [](json &J) { J["Api"]["Operations"][0]["Security"] = nullptr; })),
            "units/pets.frag: Api.Operations[0].Security: expected an array, "
            "found null");
}

TEST(FragmentTest, MissingFieldNamesItsParent) {
  EXPECT_EQ(readError(editedFragment([](json &J) {
              J["Api"]["Authorizers"][0].erase("TtlSeconds");
            })),
            "units/pets.frag: Api.Authorizers[0]: missing key \"TtlSeconds\"");
  EXPECT_EQ(readError(editedFragment([](json &J) {
              J["Api"]["Models"][0]["Fields"][1].erase("Optional");
            })),
            "units/pets.frag: Api.Models[0].Fields[1]: missing key \"Optional\"");
  EXPECT_EQ(readError(editedFragment([](json &J) { J.erase("Api"); })),
            "units/pets.frag: missing key \"Api\"");
}
