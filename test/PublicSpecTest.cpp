//===- PublicSpecTest.cpp - --public-output -------------------------------===//
#include "emit/OpenApiEmitter.h"
#include "emit/PublicOperations.h"
#include "emit/PublicSecurity.h"
#include "emit/PublicSpec.h"

#include "ExpectJson.h"

#include <gtest/gtest.h>

using namespace apigw;
using apigw::test::expectJson;
using nlohmann::ordered_json;

namespace {

/// The JSON pointers of every key starting with x-amazon-apigateway-.
void amazonKeys(const ordered_json &Node, const std::string &Where,
                std::vector<std::string> &Found) {
  if (Node.is_object()) {
    for (auto It = Node.begin(); It != Node.end(); ++It) {
      if (isAmazonExtension(It.key()))
        Found.push_back(Where + "/" + It.key());
      amazonKeys(It.value(), Where + "/" + It.key(), Found);
    }
  } else if (Node.is_array()) {
    for (size_t I = 0; I < Node.size(); ++I)
      amazonKeys(Node[I], Where + "/" + std::to_string(I), Found);
  }
}

Operation route(std::string Method, std::string Path, std::string Id) {
  Operation Op;
  Op.Method = std::move(Method);
  Op.Path = std::move(Path);
  Op.OperationId = std::move(Id);
  Op.Target.Kind = "LambdaProxy";
  Op.Target.Target = "${fn}";
  Op.Responses = {{"200", "OK", std::nullopt}};
  return Op;
}

ApiModel api() {
  ApiModel Api;
  Model Pet;
  Pet.Id = "Pet";
  Pet.UnqualifiedName = "Pet";
  Pet.Body = Schema::parse(R"({
    "type": "object",
    "example": {"id": 1},
    "discriminator": {"propertyName": "kind"},
    "properties": {
      "id": {"type": "integer", "format": "int64", "readOnly": true},
      "weight": {"type": "number", "format": "double", "minimum": 0, "exclusiveMinimum": true},
      "name": {"type": "string", "default": "Rex", "deprecated": true, "nullable": true},
      "secret": {"type": "string", "writeOnly": true},
      "x-amazon-apigateway-note": {"type": "string"}
    }
  })");
  Api.Models = {Pet};

  Operation Get = route("get", "/pets/{id}", "getPet");
  Parameter Id;
  Id.Name = "id";
  Id.In = ParamIn::Path;
  Id.Required = true;
  Id.Type = Schema::parse(R"({"type": "integer", "format": "int64", "example": 7})");
  Get.Parameters = {Id};
  Get.Responses = {{"200", "The pet", Schema{{"$ref", "Pet"}}}};
  Get.Security = {{{"users", {"pets/read"}, {}}}};
  Get.Validator = "params";
  Operation Own = route("options", "/pets/{id}", "petOptions");
  Own.Parameters = {Id};
  Operation Any = route("any", "/proxy/{proxy+}", "catchAll");
  Parameter Proxy = Id;
  Proxy.Name = "proxy";
  Any.Parameters = {Proxy};
  Operation Mock = route("post", "/pets", "createPet");
  Mock.Target.Kind = "Mock";
  Mock.Target.Options = MockResponse{200, ""};
  Mock.ApiKeyRequired = true;
  Operation AnyToo = route("any", "/pets", "anyPet");
  Api.Operations = {Get, Own, Any, Mock, AnyToo};

  Authorizer Users;
  Users.Id = Users.Name = "users";
  Users.Kind = AuthorizerKind::Cognito;
  Users.ProviderArns = {"${pool}"};
  Authorizer Iam;
  Iam.Id = Iam.Name = "sigv4";
  Iam.Kind = AuthorizerKind::Iam;
  Authorizer Token;
  Token.Id = Token.Name = "token";
  Token.Kind = AuthorizerKind::LambdaToken;
  Token.FunctionUri = "${authorizer_fn}";
  Api.Authorizers = {Users, Iam, Token};

  ApiSettings Settings;
  Settings.Servers = {"https://api.example.com"};
  Settings.BinaryMediaTypes = {"image/png"};
  Settings.GatewayResponses = true;
  Settings.CorsOrigin = "*";
  Settings.MinimumCompressionSize = 0;
  Api.Apis = {Settings};
  return Api;
}

ordered_json publicSpec(const ApiModel &Api) {
  EmitOptions Options;
  Options.Public = true;
  return emitOpenApi(Api, Options);
}

TEST(PublicSpecTest, HasNoAmazonExtensionOutsideUserSchemas) {
  std::vector<std::string> Found;
  amazonKeys(publicSpec(api()), "", Found);
  EXPECT_EQ(Found, (std::vector<std::string>{
                       "/components/schemas/Pet/properties/x-amazon-apigateway-note"}));
  // The private spec has them all.
  std::vector<std::string> Private;
  amazonKeys(emitOpenApi(api(), {}), "", Private);
  EXPECT_GT(Private.size(), 10u);
}

TEST(PublicSpecTest, KeepsTheSchemaDetail) {
  ordered_json Doc = publicSpec(api());
  // Schemas are written with sorted keys: compare as data.
  EXPECT_EQ(nlohmann::json(Doc["components"]["schemas"]["Pet"]), nlohmann::json::parse(R"({
    "type": "object",
    "example": {"id": 1},
    "discriminator": {"propertyName": "kind"},
    "properties": {
      "id": {"type": "integer", "format": "int64", "readOnly": true},
      "weight": {"type": "number", "format": "double", "minimum": 0, "exclusiveMinimum": true},
      "name": {"type": "string", "default": "Rex", "deprecated": true, "nullable": true},
      "secret": {"type": "string", "writeOnly": true},
      "x-amazon-apigateway-note": {"type": "string"}
    }
  })"));
  EXPECT_EQ(nlohmann::json(Doc["paths"]["/pets/{id}"]["get"]["parameters"][0]["schema"]),
            nlohmann::json::parse(R"({"type": "integer", "format": "int64", "example": 7})"));
  // The private spec strips what API Gateway's models do not support.
  ordered_json Private = emitOpenApi(api(), {});
  expectJson(Private["paths"]["/pets/{id}"]["get"]["parameters"][0]["schema"],
             R"({"type": "integer"})");
  EXPECT_FALSE(Private["components"]["schemas"]["Pet"].contains("example"));
}

/// Each path with the keys of its operations, in order.
std::vector<std::string> pathsAndMethods(const ordered_json &Doc) {
  std::vector<std::string> Keys;
  for (auto It = Doc["paths"].begin(); It != Doc["paths"].end(); ++It) {
    Keys.push_back(It.key());
    for (auto Op = It->begin(); Op != It->end(); ++Op)
      Keys.push_back("  " + Op.key() + " " + Op->value("operationId", ""));
  }
  return Keys;
}

TEST(PublicSpecTest, DropsGeneratedPreflightsAndExpandsAnyMethods) {
  ordered_json Doc = publicSpec(api());
  // The program's own OPTIONS route stays; no generated one; ANY becomes each
  // method the path does not route itself, less OPTIONS (CORS answers it).
  EXPECT_EQ(pathsAndMethods(Doc),
            (std::vector<std::string>{
                "/pets", "  get anyPet_get", "  put anyPet_put",
                "  post createPet", "  delete anyPet_delete",
                "  head anyPet_head", "  patch anyPet_patch", "/pets/{id}",
                "  get getPet", "  options petOptions", "/proxy/{proxy}",
                "  get catchAll_get", "  put catchAll_put",
                "  post catchAll_post", "  delete catchAll_delete",
                "  head catchAll_head", "  patch catchAll_patch"}));
  // OpenAPI has no greedy segment: `{proxy}`, its parameter saying more.
  const ordered_json &Proxy = Doc["paths"]["/proxy/{proxy}"]["put"]["parameters"][0];
  EXPECT_EQ(Proxy["name"], "proxy");
  EXPECT_EQ(Proxy["description"],
            "The rest of the path: one or more segments, `/` included.");
  ordered_json Private = emitOpenApi(api(), {});
  EXPECT_TRUE(Private["paths"]["/pets"].contains("options"));
  EXPECT_TRUE(Private["paths"]["/pets"].contains("x-amazon-apigateway-any-method"));
}

TEST(PublicSpecTest, AnyAnswersOptionsWithoutCors) {
  ApiModel Api = api();
  Api.Apis.front().CorsOrigin.clear();
  ordered_json Doc = publicSpec(Api);
  EXPECT_EQ(Doc["paths"]["/proxy/{proxy}"]["options"]["operationId"],
            "catchAll_options");
}

TEST(PublicSpecTest, SecuritySchemesArePlainOpenApi) {
  ordered_json Doc = publicSpec(api());
  // sigv4 and token are used by no operation; a Cognito pool given by a
  // placeholder has no known issuer, so its scopes move to the description.
  expectJson(Doc["components"]["securitySchemes"], R"({
    "api_key": {"type": "apiKey", "name": "x-api-key", "in": "header"},
    "users": {"type": "apiKey", "name": "Authorization", "in": "header"}
  })");
  const ordered_json &Get = Doc["paths"]["/pets/{id}"]["get"];
  expectJson(Get["security"], R"([{"users": []}])");
  EXPECT_EQ(Get["description"], "Required scopes (users): pets/read.");
  expectJson(Doc["paths"]["/pets"]["post"]["security"], R"([{"api_key": []}])");
  // No security at all is said, not left out.
  expectJson(Doc["paths"]["/pets/{id}"]["options"]["security"], "[]");
  EXPECT_EQ(Doc["servers"][0]["url"], "https://api.example.com");
  // The private spec keeps the authorizers and their scopes.
  ordered_json Private = emitOpenApi(api(), {});
  EXPECT_EQ(Private["components"]["securitySchemes"].size(), 4u);
  expectJson(Private["paths"]["/pets/{id}"]["get"]["security"],
             R"([{"users": ["pets/read"]}])");
  EXPECT_FALSE(Private["paths"]["/pets/{id}"]["options"].contains("security"));
}

TEST(PublicSpecTest, CognitoWithOneLiteralPoolIsOpenIdConnect) {
  ApiModel Api = api();
  Api.Authorizers.front().ProviderArns = {
      "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123"};
  ordered_json Doc = publicSpec(Api);
  expectJson(Doc["components"]["securitySchemes"]["users"], R"({
    "type": "openIdConnect",
    "openIdConnectUrl": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/openid-configuration"
  })");
  // Linters check scopes only against oauth2 flows: they are said instead.
  const ordered_json &Get = Doc["paths"]["/pets/{id}"]["get"];
  expectJson(Get["security"], R"([{"users": []}])");
  EXPECT_EQ(Get["description"], "Required scopes (users): pets/read.");
}

TEST(PublicSpecTest, CognitoIssuerComesOnlyFromALiteralArn) {
  EXPECT_EQ(cognitoIssuer("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x1Y2"),
            "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_x1Y2");
  EXPECT_EQ(cognitoIssuer("arn:aws-cn:cognito-idp:cn-north-1:123456789012:userpool/cn-north-1_a"),
            "https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_a");
  for (std::string_view Arn :
       {"${user_pool_arn}", "", "arn:aws:cognito-idp:us-east-1:123:userpool/us-east-1_x",
        "arn:aws:cognito-idp:${region}:123456789012:userpool/us-east-1_x",
        "arn:aws:lambda:us-east-1:123456789012:function:f"})
    EXPECT_EQ(cognitoIssuer(Arn), "") << Arn;
}

TEST(PublicSpecTest, DeclaresTagsAndDefaultsTheServer) {
  ApiModel Api = api();
  Api.Operations[0].Tags = {"pets", "store"};
  Api.Operations[3].Tags = {"admin", "pets"};
  Api.Apis.front().Servers.clear();
  ordered_json Doc = publicSpec(Api);
  expectJson(Doc["tags"], R"([{"name": "admin"}, {"name": "pets"}, {"name": "store"}])");
  EXPECT_EQ(Doc["servers"][0]["url"],
            "https://{restApiId}.execute-api.{region}.amazonaws.com/{stage}");
  std::vector<std::string> Top;
  for (auto It = Doc.begin(); It != Doc.end(); ++It)
    Top.push_back(It.key());
  EXPECT_EQ(Top, (std::vector<std::string>{"openapi", "info", "servers", "tags",
                                           "paths", "components"}));
  ordered_json Private = emitOpenApi(Api, {});
  EXPECT_FALSE(Private.contains("servers"));
  EXPECT_FALSE(Private.contains("tags"));
}

TEST(PublicSpecTest, SummariesFromNames) {
  EXPECT_EQ(summaryFromName("list_pets"), "List Pets");
  EXPECT_EQ(summaryFromName("listPets"), "List Pets");
  EXPECT_EQ(summaryFromName("get_pet_by_ID"), "Get Pet By ID");
  EXPECT_EQ(summaryFromName("HTTPServerStatus"), "HTTP Server Status");
  EXPECT_EQ(summaryFromName("v2_list"), "V2 List");
  EXPECT_EQ(summaryFromName("__x"), "X");
  ordered_json Doc = publicSpec(api());
  const ordered_json &Get = Doc["paths"]["/pets/{id}"]["get"];
  EXPECT_EQ(Get["summary"], "Get Pet");
  EXPECT_EQ(std::next(Get.begin()).key(), "summary"); // right after operationId
  EXPECT_EQ(Doc["paths"]["/pets"]["put"]["summary"], "Any Pet");
  EXPECT_FALSE(emitOpenApi(api(), {})["paths"]["/pets/{id}"]["get"].contains("summary"));
}

TEST(PublicSpecTest, RemoveAmazonExtensionsIsStructural) {
  ordered_json Doc = ordered_json::parse(R"({
    "openapi": "3.0.1",
    "servers": [{"url": "u", "x-amazon-apigateway-endpoint-configuration": {}}],
    "paths": {
      "/a": {"x-amazon-apigateway-any-method": {"x-amazon-apigateway-integration": {}}},
      "/b": {"get": {"responses": {}, "x-amazon-apigateway-integration": {},
                     "x-other": 1}}
    },
    "components": {"securitySchemes": {"s": {"type": "apiKey",
                   "x-amazon-apigateway-authtype": "custom"}},
                   "x-amazon-apigateway-x": 1},
    "x-amazon-apigateway-binary-media-types": ["a"],
    "x-tag-groups": []
  })");
  removeAmazonExtensions(Doc);
  expectJson(Doc, R"({
    "openapi": "3.0.1",
    "servers": [{"url": "u"}],
    "paths": {"/b": {"get": {"responses": {}, "x-other": 1}}},
    "components": {"securitySchemes": {"s": {"type": "apiKey"}}},
    "x-tag-groups": []
  })");
}

} // namespace
