//===- PublicSpecTest.cpp - --public-output (SPEC §5.3) -------------------===//
#include "OpenApiEmitter.h"
#include "PublicSpec.h"

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
  Op.Target.Kind = IntegrationKind::LambdaProxy;
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
  Mock.Target.Kind = IntegrationKind::Mock;
  Mock.Target.Target = "200";
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

TEST(PublicSpecTest, DropsGeneratedPreflightsAndAnyMethods) {
  ordered_json Doc = publicSpec(api());
  // The program's own OPTIONS route stays; /pets gets no generated one; the
  // ANY-only path is gone.
  EXPECT_EQ(Doc["paths"]["/pets/{id}"]["options"]["operationId"], "petOptions");
  std::vector<std::string> Keys;
  for (auto It = Doc["paths"].begin(); It != Doc["paths"].end(); ++It) {
    Keys.push_back(It.key());
    for (auto Op = It->begin(); Op != It->end(); ++Op)
      Keys.push_back("  " + Op.key());
  }
  EXPECT_EQ(Keys, (std::vector<std::string>{"/pets", "  post", "/pets/{id}",
                                            "  get", "  options"}));
  ordered_json Private = emitOpenApi(api(), {});
  EXPECT_TRUE(Private["paths"]["/pets"].contains("options"));
}

TEST(PublicSpecTest, SecuritySchemesStayAsPlainOpenApi) {
  ordered_json Doc = publicSpec(api());
  expectJson(Doc["components"]["securitySchemes"], R"({
    "api_key": {"type": "apiKey", "name": "x-api-key", "in": "header"},
    "sigv4": {"type": "apiKey", "name": "Authorization", "in": "header"},
    "token": {"type": "apiKey", "name": "Authorization", "in": "header"},
    "users": {"type": "apiKey", "name": "Authorization", "in": "header"}
  })");
  expectJson(Doc["paths"]["/pets/{id}"]["get"]["security"],
             R"([{"users": ["pets/read"]}])");
  expectJson(Doc["paths"]["/pets"]["post"]["security"], R"([{"api_key": []}])");
  EXPECT_EQ(Doc["servers"][0]["url"], "https://api.example.com");
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
