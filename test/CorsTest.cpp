//===- CorsTest.cpp - CORS ------------------------------------------------===//
#include "emit/CorsEmitter.h"
#include "emit/OpenApiEmitter.h"

#include "ExpectJson.h"

#include <gtest/gtest.h>

using namespace apigw;
using apigw::test::expectJson;
using nlohmann::ordered_json;

namespace {

Operation route(std::string Method, std::string Path, std::string Kind,
                std::string Target = "${fn}") {
  Operation Op;
  Op.Method = std::move(Method);
  Op.Path = std::move(Path);
  Op.OperationId = Op.Method + "_op";
  Op.Responses = {{"200", "OK", std::nullopt}};
  Op.Target.Kind = Kind;
  Op.Target.Target = std::move(Target);
  return Op;
}

ApiModel withSettings(ApiSettings Settings) {
  ApiModel Api;
  Api.Apis = {std::move(Settings)};
  return Api;
}

std::vector<const Operation *> pointers(const std::vector<Operation> &Ops) {
  std::vector<const Operation *> Out;
  for (const Operation &Op : Ops)
    Out.push_back(&Op);
  return Out;
}

const char *DefaultHeaders =
    "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'";

TEST(CorsSettingsTest, OffUnlessAskedFor) {
  ApiModel Api;
  EXPECT_FALSE(corsSettings(Api, nullptr, std::nullopt));
  ApiSettings Plain;
  Plain.Title = "t";
  EXPECT_FALSE(corsSettings(Api, &Plain, std::nullopt));
}

TEST(CorsSettingsTest, CommandLineDefaultsToStar) {
  ApiModel Api;
  auto Cors = corsSettings(Api, nullptr, std::string());
  ASSERT_TRUE(Cors);
  EXPECT_EQ(Cors->AllowOrigin, "'*'");
  EXPECT_EQ(Cors->AllowHeaders, DefaultHeaders);
  EXPECT_EQ(Cors->AllowMethods, "");
}

TEST(CorsSettingsTest, CommandLineOriginWinsOverTheApi) {
  ApiSettings Settings;
  Settings.CorsOrigin = "https://app.example.com";
  ApiModel Api = withSettings(Settings);
  EXPECT_EQ(corsSettings(Api, &Api.Apis[0], std::nullopt)->AllowOrigin,
            "'https://app.example.com'");
  EXPECT_EQ(corsSettings(Api, &Api.Apis[0], std::string("'https://b.example'"))
                ->AllowOrigin,
            "'https://b.example'");
  // `--cors` without a value keeps the api's origin.
  EXPECT_EQ(corsSettings(Api, &Api.Apis[0], std::string())->AllowOrigin,
            "'https://app.example.com'");
}

TEST(CorsSettingsTest, AnyCorsKeyTurnsItOn) {
  ApiSettings Settings;
  Settings.CorsHeaders = {"Content-Type", "X-Trace"};
  Settings.CorsMethods = {"get", "post"};
  ApiModel Api = withSettings(Settings);
  auto Cors = corsSettings(Api, &Api.Apis[0], std::nullopt);
  ASSERT_TRUE(Cors);
  EXPECT_EQ(Cors->AllowOrigin, "'*'");
  EXPECT_EQ(Cors->AllowHeaders, "'Content-Type,X-Trace'");
  EXPECT_EQ(Cors->AllowMethods, "'GET,POST'");
}

TEST(CorsSettingsTest, DefaultHeadersAddThoseTheApiReads) {
  ApiModel Api;
  Operation Op = route("get", "/a", "LambdaProxy");
  Parameter Trace;
  Trace.Name = "x-trace-id";
  Trace.In = ParamIn::Header;
  Parameter Again = Trace;
  Again.Name = "content-type"; // already in the default list
  Op.Parameters = {Trace, Again};
  Api.Operations = {Op};
  Authorizer Auth;
  Auth.HeaderNames = {"X-Tenant", "Authorization"};
  Api.Authorizers = {Auth};
  EXPECT_EQ(corsSettings(Api, nullptr, std::string())->AllowHeaders,
            "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,"
            "X-Amz-Security-Token,X-Tenant,x-trace-id'");
}

TEST(CorsSettingsTest, UserTextIsEscaped) {
  ApiModel Api;
  EXPECT_EQ(corsSettings(Api, nullptr, std::string("${origin}"))->AllowOrigin,
            "'${origin}'");
  EXPECT_EQ(corsSettings(Api, nullptr, std::string("https://${a.b}"))->AllowOrigin,
            "'https://$${a.b}'");
}

TEST(CorsTest, AllowedMethodsAreThePathsOwn) {
  std::vector<Operation> Ops = {route("post", "/a", "Mock"),
                                route("get", "/a", "Mock")};
  EXPECT_EQ(allowedMethods(pointers(Ops)), "GET,POST,OPTIONS");
  Ops.push_back(route("any", "/a", "LambdaProxy"));
  EXPECT_EQ(allowedMethods(pointers(Ops)),
            "GET,PUT,POST,DELETE,OPTIONS,HEAD,PATCH");
  EXPECT_EQ(allowedMethods({}), "OPTIONS");
}

TEST(CorsTest, QuotedMappingValue) {
  EXPECT_EQ(quotedMappingValue("*"), "'*'");
  EXPECT_EQ(quotedMappingValue("'*'"), "'*'");
  EXPECT_EQ(quotedMappingValue("'"), "'''");
}

TEST(CorsTest, PreflightIsAMockWithThePathsMethods) {
  std::vector<Operation> Ops = {
      route("get", "/files/{bucket}/{key+}", "LambdaProxy"),
      route("delete", "/files/{bucket}/{key+}", "LambdaProxy")};
  CorsSettings Cors{"'*'", "'Content-Type'", ""};
  expectJson(corsPreflight(pointers(Ops), Cors), R"json({
    "summary": "CORS preflight",
    "parameters": [
      {"name": "bucket", "in": "path", "required": true, "schema": {"type": "string"}},
      {"name": "key", "in": "path", "required": true, "schema": {"type": "string"}}
    ],
    "responses": {
      "200": {
        "description": "CORS preflight response",
        "headers": {
          "Access-Control-Allow-Origin": {"schema": {"type": "string"}},
          "Access-Control-Allow-Methods": {"schema": {"type": "string"}},
          "Access-Control-Allow-Headers": {"schema": {"type": "string"}}
        }
      }
    },
    "x-amazon-apigateway-integration": {
      "type": "mock",
      "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
      "passthroughBehavior": "when_no_match",
      "responses": {
        "default": {
          "statusCode": "200",
          "responseParameters": {
            "method.response.header.Access-Control-Allow-Origin": "'*'",
            "method.response.header.Access-Control-Allow-Methods": "'GET,DELETE,OPTIONS'",
            "method.response.header.Access-Control-Allow-Headers": "'Content-Type'"
          }
        }
      }
    }
  })json");
  Cors.AllowMethods = "'GET,PUT'";
  EXPECT_EQ(corsPreflight(pointers(Ops), Cors)["x-amazon-apigateway-integration"]
                         ["responses"]["default"]["responseParameters"]
                         ["method.response.header.Access-Control-Allow-Methods"],
            "'GET,PUT'");
}

TEST(CorsTest, NonProxyResponsesCarryTheOrigin) {
  ordered_json Op = ordered_json::parse(R"({
    "responses": {
      "200": {"description": "OK", "content": {"application/json": {}}},
      "404": {"description": "Missing", "headers": {"X-A": {"schema": {"type": "string"}}}}
    },
    "x-amazon-apigateway-integration": {
      "type": "http",
      "responses": {
        "default": {"statusCode": "200"},
        "404": {"statusCode": "404", "responseParameters": {"method.response.header.X-A": "'a'"}}
      }
    }
  })");
  addCorsResponseHeaders(Op, CorsSettings{"'https://a.example'", "'X'", ""});
  expectJson(Op, R"({
    "responses": {
      "200": {
        "description": "OK",
        "headers": {"Access-Control-Allow-Origin": {"schema": {"type": "string"}}},
        "content": {"application/json": {}}
      },
      "404": {
        "description": "Missing",
        "headers": {
          "X-A": {"schema": {"type": "string"}},
          "Access-Control-Allow-Origin": {"schema": {"type": "string"}}
        }
      }
    },
    "x-amazon-apigateway-integration": {
      "type": "http",
      "responses": {
        "default": {
          "statusCode": "200",
          "responseParameters": {"method.response.header.Access-Control-Allow-Origin": "'https://a.example'"}
        },
        "404": {
          "statusCode": "404",
          "responseParameters": {
            "method.response.header.X-A": "'a'",
            "method.response.header.Access-Control-Allow-Origin": "'https://a.example'"
          }
        }
      }
    }
  })");
}

TEST(CorsTest, ProxyIntegrationsAreLeftAlone) {
  ordered_json Op = ordered_json::parse(R"({
    "responses": {"200": {"description": "OK"}},
    "x-amazon-apigateway-integration": {"type": "aws_proxy", "uri": "${fn}"}
  })");
  ordered_json Before = Op;
  addCorsResponseHeaders(Op, CorsSettings{"'*'", "'X'", ""});
  EXPECT_EQ(Op, Before);
}

ApiModel corsApi() {
  ApiModel Api;
  Operation Get = route("get", "/pets", "LambdaProxy");
  Operation Post = route("post", "/pets", "Mock");
  Post.Target.Options = MockResponse{201, ""};
  Post.Responses = {{"201", "Created", std::nullopt}};
  Operation Own = route("options", "/own", "LambdaProxy");
  Operation OwnGet = route("get", "/own", "LambdaProxy");
  OwnGet.OperationId = "own_get";
  Operation Head = route("head", "/z", "LambdaProxy");
  Api.Operations = {Head, Post, Own, Get, OwnGet};
  return Api;
}

TEST(CorsTest, DocumentGetsPreflightsExceptWhereTheProgramRoutesOptions) {
  EmitOptions Options;
  Options.CorsOrigin = "";
  ordered_json Doc = emitOpenApi(corsApi(), Options);
  const ordered_json &Paths = Doc["paths"];
  // In the canonical method order: after post, before head.
  std::vector<std::string> PetsKeys, ZKeys;
  for (auto It = Paths["/pets"].begin(); It != Paths["/pets"].end(); ++It)
    PetsKeys.push_back(It.key());
  for (auto It = Paths["/z"].begin(); It != Paths["/z"].end(); ++It)
    ZKeys.push_back(It.key());
  EXPECT_EQ(PetsKeys, (std::vector<std::string>{"get", "post", "options"}));
  EXPECT_EQ(ZKeys, (std::vector<std::string>{"options", "head"}));
  EXPECT_EQ(Paths["/own"]["options"]["operationId"], "options_op");
  EXPECT_EQ(Paths["/pets"]["options"]["x-amazon-apigateway-integration"]
                 ["responses"]["default"]["responseParameters"]
                 ["method.response.header.Access-Control-Allow-Methods"],
            "'GET,POST,OPTIONS'");
  EXPECT_FALSE(Paths["/pets"]["get"]["responses"]["200"].contains("headers"));
  EXPECT_TRUE(Paths["/pets"]["post"]["responses"]["201"]["headers"].contains(
      "Access-Control-Allow-Origin"));
  expectJson(Doc["x-amazon-apigateway-gateway-responses"], R"({
    "DEFAULT_4XX": {"responseParameters": {
      "gatewayresponse.header.Access-Control-Allow-Origin": "'*'",
      "gatewayresponse.header.Access-Control-Allow-Headers": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'"}},
    "DEFAULT_5XX": {"responseParameters": {
      "gatewayresponse.header.Access-Control-Allow-Origin": "'*'",
      "gatewayresponse.header.Access-Control-Allow-Headers": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'"}}
  })");
}

TEST(CorsTest, GatewayResponsesCombineJsonBodiesAndCors) {
  ApiModel Api = corsApi();
  ApiSettings Settings;
  Settings.GatewayResponses = true;
  Settings.CorsOrigin = "https://app.example.com";
  Settings.CorsHeaders = {"Content-Type"};
  Api.Apis = {Settings};
  expectJson(emitOpenApi(Api, {})["x-amazon-apigateway-gateway-responses"]["DEFAULT_5XX"],
             R"({
    "responseParameters": {
      "gatewayresponse.header.Access-Control-Allow-Origin": "'https://app.example.com'",
      "gatewayresponse.header.Access-Control-Allow-Headers": "'Content-Type'"
    },
    "responseTemplates": {"application/json": "{\"message\":$context.error.messageString}"}
  })");
  Api.Apis[0].CorsOrigin.clear();
  Api.Apis[0].CorsHeaders.clear();
  expectJson(emitOpenApi(Api, {})["x-amazon-apigateway-gateway-responses"]["DEFAULT_4XX"],
             R"({"responseTemplates": {"application/json": "{\"message\":$context.error.messageString}"}})");
}

TEST(CorsTest, WithoutCorsNothingChanges) {
  ordered_json Doc = emitOpenApi(corsApi(), {});
  EXPECT_FALSE(Doc["paths"]["/pets"].contains("options"));
  EXPECT_FALSE(Doc.contains("x-amazon-apigateway-gateway-responses"));
  EXPECT_FALSE(Doc["paths"]["/pets"]["post"]["responses"]["201"].contains("headers"));
}

} // namespace
