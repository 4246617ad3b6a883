//===- OpenApiEmitterTest.cpp - The OpenAPI 3.0 document ------------------===//
//
// Hand-built representations in, raw-string JSON out (clang-doc's way of
// testing generators): key order included, since the document is written
// with a deliberate order.
//
//===----------------------------------------------------------------------===//
#include "emit/OpenApiEmitter.h"
#include "emit/SchemaEmitter.h"

#include "ExpectJson.h"

#include <gtest/gtest.h>

using namespace apigw;
using apigw::test::expectJson;
using nlohmann::ordered_json;

namespace {

Schema json(const char *Text) { return Schema::parse(Text); }

Model model(std::string Id, std::string Unqualified, const char *Body) {
  Model M;
  M.Id = std::move(Id);
  M.UnqualifiedName = std::move(Unqualified);
  M.Body = json(Body);
  return M;
}

/// `M` as a specialisation of `Template`, named from the words `Arguments`.
Model specialisation(Model M, std::string Template, std::vector<NameWord> Arguments) {
  M.TemplateId = std::move(Template);
  M.Arguments = std::move(Arguments);
  return M;
}

Parameter param(std::string Name, ParamIn In, bool Required, const char *Type,
                std::string Description = "") {
  Parameter P;
  P.Name = std::move(Name);
  P.In = In;
  P.Required = Required;
  P.Type = json(Type);
  P.Description = std::move(Description);
  return P;
}

Operation lambdaRoute(std::string Method, std::string Path, std::string Id) {
  Operation Op;
  Op.Method = std::move(Method);
  Op.Path = std::move(Path);
  Op.OperationId = std::move(Id);
  Op.Target.Kind = "LambdaProxy";
  Op.Target.Target = "${pets_invoke_arn}";
  Op.Responses = {{"200", "OK", std::nullopt}};
  return Op;
}

std::vector<SecurityRequirement>
securedBy(std::string Authorizer, std::vector<std::string> Scopes = {}) {
  return {{std::move(Authorizer), std::move(Scopes), {}}};
}

Authorizer authorizer(std::string Id, std::string Name, AuthorizerKind Kind) {
  Authorizer A;
  A.Id = std::move(Id);
  A.Name = std::move(Name);
  A.Kind = Kind;
  return A;
}

/// The pet store of the examples: a Lambda proxy API with path, query and
/// header parameters, a body, models that need the private-form treatment,
/// a Cognito-secured operation, a Step Functions one, and token and request
/// authorizers.
ApiModel petStore() {
  ApiModel Api;
  Api.Models = {
      model("pets::Pet", "Pet", R"({
        "type": "object",
        "description": "A pet.",
        "discriminator": {"propertyName": "kind"},
        "example": {"id": 7, "name": "Rex"},
        "properties": {
          "id": {"type": "integer", "format": "int64", "readOnly": true, "example": 7},
          "name": {"type": "string", "minLength": 1},
          "born": {"type": "string", "format": "date-time"},
          "weight": {"type": "number", "format": "double", "minimum": 0, "exclusiveMinimum": true},
          "default": {"type": "string", "default": "x", "deprecated": true, "nullable": true},
          "kind": {"type": "string", "enum": ["default", "example"]},
          "tags": {"type": "array", "items": {"$ref": "pets::Tag"}},
          "owner": {"$ref": "v2::Owner"}
        },
        "required": ["id", "name"]
      })"),
      model(
          "pets::Tag", "Tag",
          R"({"type": "object", "properties": {"label": {"type": "string"}}})"),
      model(
          "v1::Owner", "Owner",
          R"({"type": "object", "properties": {"name": {"type": "string"}}})"),
      model(
          "v2::Owner", "Owner",
          R"({"type": "object", "properties": {"id": {"type": "integer", "format": "int32"}}})"),
      specialisation(model("Page<pets::Pet>", "Page", R"({
        "type": "object",
        "properties": {
          "items": {"type": "array", "items": {"$ref": "pets::Pet"}},
          "next": {"type": "string", "nullable": true}
        },
        "required": ["items"]
      })"), "pets::Page", {{"Pet", "pets::Pet"}}),
  };
  Model NewPet = model("pets::NewPet", "NewPet", R"({
    "type": "object",
    "properties": {"name": {"type": "string"}, "owner": {"$ref": "v1::Owner"}},
    "required": ["name"]
  })");
  NewPet.ExplicitName = "PetInput";
  Api.Models.push_back(NewPet);

  Operation List = lambdaRoute("get", "/pets", "listPets");
  List.Summary = "List pets";
  List.Tags = {"pets"};
  List.Parameters = {
      param(
          "limit", ParamIn::Query, false,
          R"({"type": "integer", "format": "int32", "maximum": 100, "default": 20})",
          "Page size"),
      param("tag", ParamIn::Query, false,
            R"({"type": "array", "items": {"type": "string"}})")};
  List.Responses = {
      {"200", "A page of pets", json(R"({"$ref": "Page<pets::Pet>"})")}};

  Operation Create = lambdaRoute("post", "/pets", "createPet");
  Create.Description = "Adds a pet.\n\nThe name must be unique.";
  Create.Body =
      RequestBody{json(R"({"$ref": "pets::NewPet"})"), true, "The new pet"};
  Create.Responses = {{"201", "Created", json(R"({"$ref": "pets::Pet"})")},
                      {"400", "Invalid pet", std::nullopt}};
  Create.Security = securedBy("cognito_auth", {"pets/write", "pets/admin"});
  Create.Validator = "body";

  Operation Get = lambdaRoute("get", "/pets/{pet_id}", "getPet");
  Get.Parameters = {param("pet_id", ParamIn::Path, false,
                          R"({"type": "integer", "format": "int64"})"),
                    param("X-Request-Id", ParamIn::Header, false,
                          R"({"type": "string", "format": "uuid"})")};
  Get.Responses = {{"200", "The pet", json(R"({"$ref": "pets::Pet"})")},
                   {"404", "", std::nullopt}};

  Operation Delete = lambdaRoute("delete", "/pets/{pet_id}", "deletePet");
  Delete.Deprecated = true;
  Delete.Parameters = {param("pet_id", ParamIn::Path, true,
                             R"({"type": "integer", "format": "int64"})")};
  Delete.Responses = {{"204", "Deleted", std::nullopt}};
  Delete.Security = std::vector<SecurityRequirement>{}; // security=none
  Delete.ApiKeyRequired = true;
  Delete.Validator = "none";

  Operation Order;
  Order.Method = "post";
  Order.Path = "/orders";
  Order.OperationId = "placeOrder";
  Order.Body = RequestBody{
      json(
          R"({"type": "object", "properties": {"petId": {"type": "integer", "format": "int64"}}})"),
      true, ""};
  Order.Responses = {
      {"200", "The order",
       json(
           R"({"type": "object", "properties": {"orderId": {"type": "string", "example": "o-1"}}})")}};
  Order.Security = securedBy("tenant_auth");
  Order.Target.Kind = "StepFunctionsSync";
  Order.Target.Target = "${order_sfn_arn}";
  Order.Target.Credentials = "${sfn_role_arn}";

  Operation AnyFile = lambdaRoute("any", "/files/{key+}", "anyFile");
  AnyFile.Parameters = {
      param("key", ParamIn::Path, true, R"({"type": "string"})")};
  Operation GetFile = lambdaRoute("get", "/files/{key+}", "getFile");
  GetFile.Parameters = AnyFile.Parameters;

  // Deliberately not in the canonical order: the emitter sorts.
  Api.Operations = {Order, AnyFile, Delete, Create, GetFile, Get, List};

  Authorizer Cognito =
      authorizer("cognito_auth", "CognitoUsers", AuthorizerKind::Cognito);
  Cognito.ProviderArns = {"${user_pool_arn}"};
  Authorizer Bearer =
      authorizer("bearer", "bearer", AuthorizerKind::LambdaToken);
  Bearer.FunctionUri = "${authorizer_invoke_arn}";
  Bearer.RoleArn = "${authorizer_role_arn}";
  Bearer.HeaderNames = {"X-Token"};
  Bearer.ValidationExpression = "^Bearer [-0-9a-zA-Z._]*$";
  Bearer.TtlSeconds = 300;
  Authorizer Tenant =
      authorizer("tenant_auth", "tenant", AuthorizerKind::LambdaRequest);
  Tenant.FunctionUri = "${tenant_authorizer_invoke_arn}";
  Tenant.HeaderNames = {"X-Tenant"};
  Tenant.QueryNames = {"tenant"};
  Api.Authorizers = {Tenant, Cognito, Bearer};

  ApiSettings Settings;
  Settings.Title = "Pet Store";
  Settings.Version = "1.2.0";
  Settings.Description = "Pets, owners and orders.";
  Settings.Servers = {"https://api.example.com/v1"};
  Settings.Security = securedBy("bearer");
  Settings.Validator = "params";
  Settings.BinaryMediaTypes = {"image/png"};
  Settings.MinimumCompressionSize = 1024;
  Settings.GatewayResponses = true;
  Api.Apis = {Settings};
  return Api;
}

} // namespace

TEST(OpenApiEmitterTest, PetStore) {
  expectJson(emitOpenApi(petStore(), {}), R"json(
  {
    "openapi": "3.0.1",
    "info": {"title": "Pet Store", "description": "Pets, owners and orders.", "version": "1.2.0"},
    "servers": [{"url": "https://api.example.com/v1"}],
    "paths": {
      "/files/{key+}": {
        "get": {
          "operationId": "getFile",
          "parameters": [{"name": "key", "in": "path", "required": true, "schema": {"type": "string"}}],
          "responses": {"200": {"description": "OK"}},
          "security": [{"bearer": []}],
          "x-amazon-apigateway-request-validator": "params",
          "x-amazon-apigateway-integration": {"type": "aws_proxy", "httpMethod": "POST", "uri": "${pets_invoke_arn}"}
        },
        "x-amazon-apigateway-any-method": {
          "operationId": "anyFile",
          "parameters": [{"name": "key", "in": "path", "required": true, "schema": {"type": "string"}}],
          "responses": {"200": {"description": "OK"}},
          "security": [{"bearer": []}],
          "x-amazon-apigateway-request-validator": "params",
          "x-amazon-apigateway-integration": {"type": "aws_proxy", "httpMethod": "POST", "uri": "${pets_invoke_arn}"}
        }
      },
      "/orders": {
        "post": {
          "operationId": "placeOrder",
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {"schema": {"properties": {"petId": {"type": "integer"}}, "type": "object"}}
            }
          },
          "responses": {
            "200": {
              "description": "The order",
              "content": {
                "application/json": {"schema": {"properties": {"orderId": {"type": "string"}}, "type": "object"}}
              }
            },
            "400": {"description": "Bad Request"},
            "500": {"description": "Internal Server Error"}
          },
          "security": [{"tenant": []}],
          "x-amazon-apigateway-request-validator": "params",
          "x-amazon-apigateway-integration": {
            "type": "aws",
            "httpMethod": "POST",
            "uri": "arn:aws:apigateway:${region}:states:action/StartSyncExecution",
            "credentials": "${sfn_role_arn}",
            "requestTemplates": {
              "application/json": "{\"input\": \"$util.escapeJavaScript($input.json('$')).replaceAll(\"\\\\'\",\"'\")\", \"stateMachineArn\": \"${order_sfn_arn}\"}"
            },
            "passthroughBehavior": "when_no_templates",
            "responses": {
              "default": {
                "statusCode": "200",
                "responseTemplates": {
                  "application/json": "#set($execution = $input.path('$'))\n#if($execution.status == 'SUCCEEDED')\n$execution.output\n#else\n#if($execution.status == 'TIMED_OUT')\n#set($context.responseOverride.status = 504)\n#else\n#set($context.responseOverride.status = 500)\n#end\n{\"error\": \"$!util.escapeJavaScript($execution.error).replaceAll(\"\\\\'\",\"'\")\", \"cause\": \"$!util.escapeJavaScript($execution.cause).replaceAll(\"\\\\'\",\"'\")\"}\n#end"
                }
              },
              "4\\d{2}": {"statusCode": "400"},
              "5\\d{2}": {"statusCode": "500"}
            }
          }
        }
      },
      "/pets": {
        "get": {
          "operationId": "listPets",
          "summary": "List pets",
          "tags": ["pets"],
          "parameters": [
            {
              "name": "limit",
              "in": "query",
              "required": false,
              "description": "Page size",
              "schema": {"maximum": 100, "type": "integer"}
            },
            {
              "name": "tag",
              "in": "query",
              "required": false,
              "schema": {"items": {"type": "string"}, "type": "array"}
            }
          ],
          "responses": {
            "200": {
              "description": "A page of pets",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PagePet"}}}
            }
          },
          "security": [{"bearer": []}],
          "x-amazon-apigateway-request-validator": "params",
          "x-amazon-apigateway-integration": {"type": "aws_proxy", "httpMethod": "POST", "uri": "${pets_invoke_arn}"}
        },
        "post": {
          "operationId": "createPet",
          "description": "Adds a pet.\n\nThe name must be unique.",
          "requestBody": {
            "description": "The new pet",
            "required": true,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PetInput"}}}
          },
          "responses": {
            "201": {
              "description": "Created",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
            },
            "400": {"description": "Invalid pet"}
          },
          "security": [{"CognitoUsers": ["pets/write", "pets/admin"]}],
          "x-amazon-apigateway-request-validator": "body",
          "x-amazon-apigateway-integration": {"type": "aws_proxy", "httpMethod": "POST", "uri": "${pets_invoke_arn}"}
        }
      },
      "/pets/{pet_id}": {
        "get": {
          "operationId": "getPet",
          "parameters": [
            {"name": "pet_id", "in": "path", "required": true, "schema": {"type": "integer"}},
            {
              "name": "X-Request-Id",
              "in": "header",
              "required": false,
              "schema": {"format": "uuid", "type": "string"}
            }
          ],
          "responses": {
            "200": {
              "description": "The pet",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}
            },
            "404": {"description": "404 response"}
          },
          "security": [{"bearer": []}],
          "x-amazon-apigateway-request-validator": "params",
          "x-amazon-apigateway-integration": {"type": "aws_proxy", "httpMethod": "POST", "uri": "${pets_invoke_arn}"}
        },
        "delete": {
          "operationId": "deletePet",
          "deprecated": true,
          "parameters": [{"name": "pet_id", "in": "path", "required": true, "schema": {"type": "integer"}}],
          "responses": {"204": {"description": "Deleted"}},
          "security": [{"api_key": []}],
          "x-amazon-apigateway-integration": {"type": "aws_proxy", "httpMethod": "POST", "uri": "${pets_invoke_arn}"}
        }
      }
    },
    "components": {
      "schemas": {
        "PagePet": {
          "properties": {
            "items": {"items": {"$ref": "#/components/schemas/Pet"}, "type": "array"},
            "next": {"type": "string"}
          },
          "required": ["items"],
          "type": "object"
        },
        "Pet": {
          "description": "A pet.",
          "properties": {
            "born": {"format": "date-time", "type": "string"},
            "default": {"type": "string"},
            "id": {"type": "integer"},
            "kind": {"enum": ["default", "example"], "type": "string"},
            "name": {"minLength": 1, "type": "string"},
            "owner": {"$ref": "#/components/schemas/V2Owner"},
            "tags": {"items": {"$ref": "#/components/schemas/Tag"}, "type": "array"},
            "weight": {"minimum": 0, "type": "number"}
          },
          "required": ["id", "name"],
          "type": "object"
        },
        "PetInput": {
          "properties": {"name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/V1Owner"}},
          "required": ["name"],
          "type": "object"
        },
        "Tag": {"properties": {"label": {"type": "string"}}, "type": "object"},
        "V1Owner": {"properties": {"name": {"type": "string"}}, "type": "object"},
        "V2Owner": {"properties": {"id": {"type": "integer"}}, "type": "object"}
      },
      "securitySchemes": {
        "CognitoUsers": {
          "type": "apiKey",
          "name": "Authorization",
          "in": "header",
          "x-amazon-apigateway-authtype": "cognito_user_pools",
          "x-amazon-apigateway-authorizer": {
            "type": "cognito_user_pools",
            "providerARNs": ["${user_pool_arn}"],
            "authorizerResultTtlInSeconds": 0
          }
        },
        "api_key": {"type": "apiKey", "name": "x-api-key", "in": "header"},
        "bearer": {
          "type": "apiKey",
          "name": "X-Token",
          "in": "header",
          "x-amazon-apigateway-authtype": "custom",
          "x-amazon-apigateway-authorizer": {
            "type": "token",
            "authorizerUri": "${authorizer_invoke_arn}",
            "authorizerCredentials": "${authorizer_role_arn}",
            "identitySource": "method.request.header.X-Token",
            "identityValidationExpression": "^Bearer [-0-9a-zA-Z._]*$",
            "authorizerResultTtlInSeconds": 300
          }
        },
        "tenant": {
          "type": "apiKey",
          "name": "X-Tenant",
          "in": "header",
          "x-amazon-apigateway-authtype": "custom",
          "x-amazon-apigateway-authorizer": {
            "type": "request",
            "authorizerUri": "${tenant_authorizer_invoke_arn}",
            "identitySource": "method.request.header.X-Tenant, method.request.querystring.tenant",
            "authorizerResultTtlInSeconds": 0
          }
        }
      }
    },
    "x-amazon-apigateway-api-key-source": "HEADER",
    "x-amazon-apigateway-binary-media-types": ["image/png"],
    "x-amazon-apigateway-minimum-compression-size": 1024,
    "x-amazon-apigateway-request-validators": {
      "body": {"validateRequestBody": true, "validateRequestParameters": false},
      "params": {"validateRequestBody": false, "validateRequestParameters": true}
    },
    "x-amazon-apigateway-gateway-responses": {
      "DEFAULT_4XX": {"responseTemplates": {"application/json": "{\"message\":$context.error.messageString}"}},
      "DEFAULT_5XX": {"responseTemplates": {"application/json": "{\"message\":$context.error.messageString}"}}
    }
  }
  )json");
}

TEST(OpenApiEmitterTest, EmptyProgramAndDefaults) {
  EmitOptions Options;
  Options.DefaultTitle = "my-project";
  expectJson(emitOpenApi(ApiModel{}, Options), R"json({
    "openapi": "3.0.1",
    "info": {"title": "my-project", "version": "0.0.1"},
    "paths": {}
  })json");
}

TEST(OpenApiEmitterTest, CommandLineOverridesTheApiVariable) {
  ApiModel Api;
  ApiSettings Settings;
  Settings.Title = "From code";
  Settings.Version = "1.0.0";
  Settings.Description = "From code too";
  Api.Apis = {Settings};
  EmitOptions Options;
  Options.Title = "From CLI";
  Options.Version = "2.0.0";
  expectJson(emitOpenApi(Api, Options)["info"], R"json({
    "title": "From CLI", "description": "From code too", "version": "2.0.0"
  })json");
  Options.Description = "";
  expectJson(emitOpenApi(Api, Options)["info"],
             R"json({"title": "From CLI", "version": "2.0.0"})json");
}

TEST(OpenApiEmitterTest, ApiKeyJoinsEveryRequirementAndUsesTheDeclaredScheme) {
  ApiModel Api;
  Authorizer Keys = authorizer("keys", "partner_key", AuthorizerKind::ApiKey);
  Authorizer Iam = authorizer("iam", "sigv4", AuthorizerKind::Iam);
  Authorizer Users = authorizer("users", "Users", AuthorizerKind::Cognito);
  Users.ProviderArns = {"${pool_a}", "${pool_b}"};
  Users.HeaderNames = {"X-Id-Token"};
  Api.Authorizers = {Users, Keys, Iam};
  Operation Op = lambdaRoute("get", "/reports", "reports");
  Op.Security = std::vector<SecurityRequirement>{
      {"users", {"reports/read"}, {}}, {"iam", {}, {}}};
  Op.ApiKeyRequired = true;
  Api.Operations = {Op};
  ApiSettings Settings;
  Settings.ApiKeySource = "AUTHORIZER";
  Api.Apis = {Settings};

  ordered_json Doc = emitOpenApi(Api, {});
  expectJson(Doc["paths"]["/reports"]["get"]["security"], R"json([
    {"Users": ["reports/read"], "partner_key": []},
    {"sigv4": [], "partner_key": []}
  ])json");
  expectJson(Doc["components"], R"json({"securitySchemes": {
    "Users": {
      "type": "apiKey", "name": "X-Id-Token", "in": "header",
      "x-amazon-apigateway-authtype": "cognito_user_pools",
      "x-amazon-apigateway-authorizer": {
        "type": "cognito_user_pools",
        "providerARNs": ["${pool_a}", "${pool_b}"],
        "identitySource": "method.request.header.X-Id-Token",
        "authorizerResultTtlInSeconds": 0
      }
    },
    "partner_key": {"type": "apiKey", "name": "x-api-key", "in": "header"},
    "sigv4": {
      "type": "apiKey", "name": "Authorization", "in": "header",
      "x-amazon-apigateway-authtype": "awsSigv4"
    }
  }})json");
  EXPECT_EQ(Doc["x-amazon-apigateway-api-key-source"], "AUTHORIZER");
}

TEST(OpenApiEmitterTest, GeneratedApiKeySchemeAvoidsTakenNames) {
  ApiModel Api;
  Api.Authorizers = {authorizer("sig", "api_key", AuthorizerKind::Iam)};
  Operation Op = lambdaRoute("get", "/keyed", "keyed");
  Op.ApiKeyRequired = true;
  Api.Operations = {Op};
  ordered_json Doc = emitOpenApi(Api, {});
  expectJson(Doc["paths"]["/keyed"]["get"]["security"],
             R"json([{"api_key2": []}])json");
  expectJson(
      Doc["components"]["securitySchemes"]["api_key2"],
      R"json({"type": "apiKey", "name": "x-api-key", "in": "header"})json");
}

TEST(OpenApiEmitterTest, NoSecurityWithoutRequirements) {
  ApiModel Api;
  Api.Operations = {lambdaRoute("get", "/open", "open")};
  ordered_json Open = emitOpenApi(Api, {})["paths"]["/open"]["get"];
  EXPECT_FALSE(Open.contains("security"));
  EXPECT_FALSE(Open.contains("x-amazon-apigateway-request-validator"));
}

TEST(OpenApiEmitterTest, RequestAuthorizerIdentitySources) {
  ApiModel Api;
  Authorizer Default =
      authorizer("plain", "plain", AuthorizerKind::LambdaRequest);
  Default.FunctionUri = "${fn}";
  Authorizer Query =
      authorizer("by_query", "by_query", AuthorizerKind::LambdaRequest);
  Query.FunctionUri = "${fn}";
  Query.RoleArn = "${role}";
  Query.QueryNames = {"token", "tenant"};
  Query.TtlSeconds = 60;
  Authorizer Token = authorizer("token", "token", AuthorizerKind::LambdaToken);
  Token.FunctionUri = "${fn}";
  Api.Authorizers = {Default, Query, Token};
  expectJson(emitOpenApi(Api, {})["components"]["securitySchemes"], R"json({
    "by_query": {
      "type": "apiKey", "name": "token", "in": "query",
      "x-amazon-apigateway-authtype": "custom",
      "x-amazon-apigateway-authorizer": {
        "type": "request", "authorizerUri": "${fn}", "authorizerCredentials": "${role}",
        "identitySource": "method.request.querystring.token, method.request.querystring.tenant",
        "authorizerResultTtlInSeconds": 60
      }
    },
    "plain": {
      "type": "apiKey", "name": "Authorization", "in": "header",
      "x-amazon-apigateway-authtype": "custom",
      "x-amazon-apigateway-authorizer": {
        "type": "request", "authorizerUri": "${fn}",
        "identitySource": "method.request.header.Authorization",
        "authorizerResultTtlInSeconds": 0
      }
    },
    "token": {
      "type": "apiKey", "name": "Authorization", "in": "header",
      "x-amazon-apigateway-authtype": "custom",
      "x-amazon-apigateway-authorizer": {
        "type": "token", "authorizerUri": "${fn}",
        "identitySource": "method.request.header.Authorization",
        "authorizerResultTtlInSeconds": 0
      }
    }
  })json");
}

TEST(OpenApiEmitterTest, PrivateSchemaStripsOnlyKeywords) {
  // Keywords go at every depth a schema can sit at; property names that look
  // like keywords, literal values and string formats stay.
  Schema In = json(R"({
    "type": "object",
    "nullable": true,
    "properties": {
      "format": {"type": "integer", "format": "int32", "default": 1},
      "nullable": {"type": "string", "format": "byte", "example": "AA=="},
      "example": {"type": "array", "items": [{"type": "number", "format": "float", "readOnly": true}]},
      "choice": {"oneOf": [{"type": "integer", "format": "int64", "exclusiveMaximum": true, "maximum": 9},
                           {"type": "string", "writeOnly": true}],
                 "discriminator": {"propertyName": "kind"}},
      "map": {"type": "object", "additionalProperties": {"type": "number", "format": "double", "deprecated": true}},
      "flag": {"type": "object", "additionalProperties": false},
      "all": {"allOf": [{"type": "integer", "format": "int32"}], "not": {"type": "integer", "format": "int64"}},
      "enumerated": {"type": "string", "enum": [{"default": 1}, "example"]}
    }
  })");
  expectJson(ordered_json(privateSchema(In)), R"json({
    "properties": {
      "all": {"allOf": [{"type": "integer"}], "not": {"type": "integer"}},
      "choice": {"oneOf": [{"maximum": 8, "type": "integer"}, {"type": "string"}]},
      "enumerated": {"enum": [{"default": 1}, "example"], "type": "string"},
      "example": {"items": [{"type": "number"}], "type": "array"},
      "flag": {"additionalProperties": false, "type": "object"},
      "format": {"type": "integer"},
      "map": {"additionalProperties": {"type": "number"}, "type": "object"},
      "nullable": {"format": "byte", "type": "string"}
    },
    "type": "object"
  })json");
}

TEST(OpenApiEmitterTest, ModelReferencesResolveWhereverSchemasNest) {
  Schema In = json(R"({
    "oneOf": [{"$ref": "a::Cat"}, {"$ref": "#/components/schemas/Already"}],
    "additionalProperties": {"$ref": "Page<a::Cat>"},
    "items": {"properties": {"$ref": {"$ref": "a::Cat"}}},
    "enum": [{"$ref": "a::Cat"}]
  })");
  std::map<std::string, std::string> Names = {{"a::Cat", "Cat"},
                                              {"Page<a::Cat>", "PageACat"}};
  expectJson(ordered_json(resolveModelRefs(In, Names)), R"json({
    "additionalProperties": {"$ref": "#/components/schemas/PageACat"},
    "enum": [{"$ref": "a::Cat"}],
    "items": {"properties": {"$ref": {"$ref": "#/components/schemas/Cat"}}},
    "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Already"}]
  })json");
}

TEST(OpenApiEmitterTest,
     ResponseWithoutBodyHasNoContentAndEmptyResponsesGetOne) {
  ApiModel Api;
  Operation Op = lambdaRoute("post", "/ping", "ping");
  Op.Responses.clear();
  Api.Operations = {Op};
  expectJson(emitOpenApi(Api, {})["paths"]["/ping"]["post"]["responses"],
             R"json({"200": {"description": "200 response"}})json");
}

TEST(OpenApiEmitterTest, IntegrationErrorAndHeaderNeedsAreDeclared) {
  ApiModel Api;
  Operation Get;
  Get.Method = "get";
  Get.Path = "/files/{key}";
  Get.OperationId = "getFile";
  Get.Parameters = {param("key", ParamIn::Path, true, R"({"type": "string"})")};
  Get.Responses = {{"200", "The file", std::nullopt},
                   {"500", "Storage is down", std::nullopt}};
  Get.Target.Kind = "S3";
  Get.Target.Target = "bucket";
  Operation Put = Get;
  Put.Method = "put";
  Put.OperationId = "putFile";
  Put.Responses = {{"204", "Stored", std::nullopt}};
  Api.Operations = {Get, Put};
  ordered_json Doc = emitOpenApi(Api, {});
  expectJson(Doc["paths"]["/files/{key}"]["get"]["responses"], R"json({
    "200": {
      "description": "The file",
      "headers": {
        "Content-Type": {"schema": {"type": "string"}},
        "ETag": {"schema": {"type": "string"}}
      }
    },
    "500": {"description": "Storage is down"},
    "404": {"description": "Not Found"},
    "400": {"description": "Bad Request"}
  })json");
  ordered_json PutOp = Doc["paths"]["/files/{key}"]["put"];
  expectJson(PutOp["parameters"], R"json([
    {"name": "key", "in": "path", "required": true, "schema": {"type": "string"}},
    {"name": "Content-Type", "in": "header", "required": false, "schema": {"type": "string"}}
  ])json");
  expectJson(PutOp["responses"], R"json({
    "204": {"description": "Stored"},
    "404": {"description": "Not Found"},
    "400": {"description": "Bad Request"},
    "500": {"description": "Internal Server Error"}
  })json");
}

TEST(OpenApiEmitterTest, PrivateIntegerExclusiveBoundsBecomeInclusive) {
  Schema In = json(R"({
    "properties": {
      "positive": {"type": "integer", "minimum": 0, "exclusiveMinimum": true},
      "below": {"type": "integer", "maximum": 10, "exclusiveMaximum": true},
      "fraction": {"type": "integer", "minimum": 0.5, "exclusiveMinimum": true,
                   "maximum": 2.5, "exclusiveMaximum": true},
      "negative": {"type": "integer", "minimum": -1.5, "exclusiveMinimum": true,
                   "maximum": -0.5, "exclusiveMaximum": true},
      "unsigned": {"type": "integer", "maximum": 0, "exclusiveMaximum": true},
      "inclusive": {"type": "integer", "minimum": 3, "exclusiveMinimum": false},
      "flagOnly": {"type": "integer", "exclusiveMinimum": true},
      "number": {"type": "number", "minimum": 0, "exclusiveMinimum": true,
                 "maximum": 1, "exclusiveMaximum": true}
    }
  })");
  expectJson(ordered_json(privateSchema(In)), R"json({
    "properties": {
      "below": {"maximum": 9, "type": "integer"},
      "flagOnly": {"type": "integer"},
      "fraction": {"maximum": 2, "minimum": 1, "type": "integer"},
      "inclusive": {"minimum": 3, "type": "integer"},
      "negative": {"maximum": -1, "minimum": -1, "type": "integer"},
      "number": {"maximum": 1, "minimum": 0, "type": "number"},
      "positive": {"minimum": 1, "type": "integer"},
      "unsigned": {"maximum": -1, "type": "integer"}
    }
  })json");
}

TEST(OpenApiEmitterTest, RefSiblingsDroppedPrivatelyAndWrappedPublicly) {
  ApiModel Api;
  Api.Models = {
      model("a::Owner", "Owner", R"({"type": "object"})"),
      model("a::Pet", "Pet", R"({
        "type": "object",
        "properties": {
          "owner": {"$ref": "a::Owner", "description": "Who feeds it", "nullable": true},
          "plain": {"$ref": "a::Owner"},
          "list": {"type": "array", "items": {"$ref": "a::Owner", "description": "One"}}
        }
      })")};
  Operation Op = lambdaRoute("get", "/pets", "listPets");
  Op.Responses = {{"200", "OK", json(R"({"$ref": "a::Pet"})")}};
  Api.Operations = {Op};

  ordered_json Private = emitOpenApi(Api, {});
  expectJson(Private["components"]["schemas"]["Pet"]["properties"], R"json({
    "list": {"items": {"$ref": "#/components/schemas/Owner"}, "type": "array"},
    "owner": {"$ref": "#/components/schemas/Owner"},
    "plain": {"$ref": "#/components/schemas/Owner"}
  })json");

  EmitOptions Options;
  Options.Public = true;
  ordered_json Public = emitOpenApi(Api, Options);
  expectJson(Public["components"]["schemas"]["Pet"]["properties"], R"json({
    "list": {
      "items": {"allOf": [{"$ref": "#/components/schemas/Owner"}], "description": "One"},
      "type": "array"
    },
    "owner": {
      "allOf": [{"$ref": "#/components/schemas/Owner"}],
      "description": "Who feeds it",
      "nullable": true
    },
    "plain": {"$ref": "#/components/schemas/Owner"}
  })json");
  expectJson(Public["paths"]["/pets"]["get"]["responses"]["200"]["content"],
             R"json({"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}})json");
}
