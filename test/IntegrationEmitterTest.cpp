//===- IntegrationEmitterTest.cpp - x-amazon-apigateway-integration -------===//
#include "emit/IntegrationEmitter.h"

#include "ExpectJson.h"

#include <gtest/gtest.h>

using namespace apigw;
using apigw::test::expectJson;
using nlohmann::ordered_json;

namespace {

Parameter param(std::string Name, ParamIn In) {
  Parameter P;
  P.Name = std::move(Name);
  P.In = In;
  P.Required = In == ParamIn::Path;
  P.Type = Schema{{"type", "string"}};
  return P;
}

Operation route(std::string Method, std::string Path, std::string Kind,
                std::string Target) {
  Operation Op;
  Op.Method = std::move(Method);
  Op.Path = std::move(Path);
  Op.OperationId = "op";
  Op.Responses = {{"200", "OK", std::nullopt}};
  Op.Target.Kind = Kind;
  Op.Target.Target = std::move(Target);
  return Op;
}

// The generated mapping templates, spelt out once as API Gateway receives
// them (not as JSON string literals), so they can be read.
constexpr std::string_view SfnInput =
    R"x({"input": "$util.escapeJavaScript($input.json('$')).replaceAll("\\'","'")", )x"
    R"x("stateMachineArn": "${checkout_sfn_arn}"})x";

constexpr std::string_view SfnSyncOutput =
    R"x(#set($execution = $input.path('$'))
#if($execution.status == 'SUCCEEDED')
$execution.output
#else
#if($execution.status == 'TIMED_OUT')
#set($context.responseOverride.status = 504)
#else
#set($context.responseOverride.status = 500)
#end
{"error": "$!util.escapeJavaScript($execution.error).replaceAll("\\'","'")", "cause": "$!util.escapeJavaScript($execution.cause).replaceAll("\\'","'")"}
#end)x";

constexpr std::string_view LambdaDirectInput =
    R"x(#set($params = $input.params())
{
  "body": $input.json('$'),
  "httpMethod": "$context.httpMethod",
  "resource": "$context.resourcePath",
  "path": "$context.path",
  "pathParameters": {#foreach($name in $params.path.keySet())"$name": "$util.escapeJavaScript($params.path.get($name)).replaceAll("\\'","'")"#if($foreach.hasNext), #end#end},
  "queryStringParameters": {#foreach($name in $params.querystring.keySet())"$name": "$util.escapeJavaScript($params.querystring.get($name)).replaceAll("\\'","'")"#if($foreach.hasNext), #end#end},
  "headers": {#foreach($name in $params.header.keySet())"$name": "$util.escapeJavaScript($params.header.get($name)).replaceAll("\\'","'")"#if($foreach.hasNext), #end#end}
})x";

} // namespace

TEST(IntegrationEmitterTest, LambdaProxy) {
  Operation Op =
      route("get", "/pets", "LambdaProxy",
            "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/"
            "arn:aws:lambda:eu-west-1:123456789012:function:pets/invocations");
  expectJson(emitIntegration(Op), R"x({
    "type": "aws_proxy",
    "httpMethod": "POST",
    "uri": "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:pets/invocations"
  })x");
}

TEST(IntegrationEmitterTest, SharedKeysInAwsOrder) {
  Operation Op = route("post", "/pets", "LambdaProxy",
                       "${pets_invoke_arn}");
  Op.Target.Credentials = "${apigw_role_arn}";
  Op.Target.TimeoutMs = 12000;
  Op.Target.PassthroughBehavior = "WHEN_NO_MATCH";
  Op.Target.ContentHandling = "CONVERT_TO_TEXT";
  Op.Target.RequestParameters = {{"integration.request.header.X-Trace",
                                  "method.request.header.X-Amzn-Trace-Id"}};
  expectJson(emitIntegration(Op), R"x({
    "type": "aws_proxy",
    "httpMethod": "POST",
    "uri": "${pets_invoke_arn}",
    "credentials": "${apigw_role_arn}",
    "requestParameters": {"integration.request.header.X-Trace": "method.request.header.X-Amzn-Trace-Id"},
    "passthroughBehavior": "when_no_match",
    "contentHandling": "CONVERT_TO_TEXT",
    "timeoutInMillis": 12000
  })x");
}

TEST(IntegrationEmitterTest, StepFunctionsSync) {
  Operation Op = route("post", "/checkout", "StepFunctionsSync",
                       "${checkout_sfn_arn}");
  Op.Target.Credentials = "${sfn_role_arn}";
  Op.Responses = {{"201", "Created", std::nullopt},
                  {"400", "Bad input", std::nullopt},
                  {"default", "Anything else", std::nullopt}};
  ordered_json Expected = ordered_json::parse(R"x({
    "type": "aws",
    "httpMethod": "POST",
    "uri": "arn:aws:apigateway:${region}:states:action/StartSyncExecution",
    "credentials": "${sfn_role_arn}",
    "requestTemplates": {"application/json": "<SfnInput>"},
    "passthroughBehavior": "when_no_templates",
    "responses": {
      "default": {"statusCode": "201", "responseTemplates": {"application/json": "<SfnSyncOutput>"}},
      "400": {"statusCode": "400"},
      "4\\d{2}": {"statusCode": "400"},
      "5\\d{2}": {"statusCode": "500"}
    }
  })x");
  Expected["requestTemplates"]["application/json"] = SfnInput;
  Expected["responses"]["default"]["responseTemplates"]["application/json"] =
      SfnSyncOutput;
  expectJson(emitIntegration(Op), Expected);
}

TEST(IntegrationEmitterTest, StepFunctionsAsync) {
  Operation Op = route("post", "/checkout", "StepFunctions",
                       "${checkout_sfn_arn}");
  Op.Target.Credentials = "${sfn_role_arn}";
  Op.Responses = {{"202", "Accepted", std::nullopt}};
  ordered_json Expected = ordered_json::parse(R"x({
    "type": "aws",
    "httpMethod": "POST",
    "uri": "arn:aws:apigateway:${region}:states:action/StartExecution",
    "credentials": "${sfn_role_arn}",
    "requestTemplates": {"application/json": "<SfnInput>"},
    "passthroughBehavior": "when_no_templates",
    "responses": {"default": {"statusCode": "202"}, "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}}
  })x");
  Expected["requestTemplates"]["application/json"] = SfnInput;
  expectJson(emitIntegration(Op), Expected);
}

TEST(IntegrationEmitterTest, UserTemplatesReplaceGeneratedOnes) {
  Operation Op =
      route("post", "/checkout", "StepFunctionsSync", "${sfn}");
  Op.Target.RequestTemplate =
      R"x({"input": "{}", "stateMachineArn": "${sfn}"})x";
  Op.Target.ResponseTemplate = "$input.path('$.output')";
  Op.Target.PassthroughBehavior = "never";
  expectJson(emitIntegration(Op), R"x({
    "type": "aws",
    "httpMethod": "POST",
    "uri": "arn:aws:apigateway:${region}:states:action/StartSyncExecution",
    "requestTemplates": {"application/json": "{\"input\": \"{}\", \"stateMachineArn\": \"${sfn}\"}"},
    "passthroughBehavior": "never",
    "responses": {
      "default": {"statusCode": "200", "responseTemplates": {"application/json": "$input.path('$.output')"}},
      "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}
    }
  })x");
}

TEST(IntegrationEmitterTest, LambdaDirect) {
  Operation Op = route("get", "/pets/{id}", "LambdaDirect",
                       "${pets_invoke_arn}");
  Op.Parameters = {param("id", ParamIn::Path)};
  Op.Responses.push_back({"404", "Not found", std::nullopt});
  ordered_json Expected = ordered_json::parse(R"x({
    "type": "aws",
    "httpMethod": "POST",
    "uri": "${pets_invoke_arn}",
    "requestTemplates": {"application/json": "<LambdaDirectInput>"},
    "passthroughBehavior": "when_no_templates",
    "responses": {"default": {"statusCode": "200"}, ".+": {"statusCode": "500"}}
  })x");
  Expected["requestTemplates"]["application/json"] = LambdaDirectInput;
  expectJson(emitIntegration(Op), Expected);
}

TEST(IntegrationEmitterTest, S3ObjectFromGreedyPath) {
  Operation Op =
      route("get", "/files/{key+}", "S3", "${bucket}");
  Op.Target.Credentials = "${s3_role}";
  Op.Target.Options = S3Object{"uploads/{key+}"};
  Op.Parameters = {param("key", ParamIn::Path)};
  Op.Responses.push_back({"404", "No such file", std::nullopt});
  expectJson(emitIntegration(Op), R"x({
    "type": "aws",
    "httpMethod": "GET",
    "uri": "arn:aws:apigateway:${region}:s3:path/${bucket}/uploads/{key}",
    "credentials": "${s3_role}",
    "requestParameters": {"integration.request.path.key": "method.request.path.key"},
    "responses": {
      "default": {
        "statusCode": "200",
        "responseParameters": {
          "method.response.header.Content-Type": "integration.response.header.Content-Type",
          "method.response.header.ETag": "integration.response.header.ETag"
        }
      },
      "404": {"statusCode": "404"},
      "403": {"statusCode": "404"},
      "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}
    }
  })x");
}

TEST(IntegrationEmitterTest,
     S3KeyDefaultsToPathParametersAndSkipsPlaceholders) {
  Operation Put =
      route("put", "/docs/{owner}/{name}", "S3", "docs-bucket");
  Put.Parameters = {param("owner", ParamIn::Path),
                    param("name", ParamIn::Path)};
  Put.Responses = {{"204", "Stored", std::nullopt}};
  expectJson(emitIntegration(Put), R"x({
    "type": "aws",
    "httpMethod": "PUT",
    "uri": "arn:aws:apigateway:${region}:s3:path/docs-bucket/{owner}/{name}",
    "requestParameters": {
      "integration.request.header.Content-Type": "method.request.header.Content-Type",
      "integration.request.path.name": "method.request.path.name",
      "integration.request.path.owner": "method.request.path.owner"
    },
    "responses": {
      "default": {"statusCode": "204"},
      "403": {"statusCode": "404"},
      "404": {"statusCode": "404"},
      "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}
    }
  })x");

  Operation Get =
      route("get", "/docs/{name}", "S3", "docs-bucket");
  Get.Parameters = {param("name", ParamIn::Path)};
  Get.Target.Options = S3Object{"${prefix}/{name}.json"};
  expectJson(emitIntegration(Get), R"x({
    "type": "aws",
    "httpMethod": "GET",
    "uri": "arn:aws:apigateway:${region}:s3:path/docs-bucket/${prefix}/{name}.json",
    "requestParameters": {"integration.request.path.name": "method.request.path.name"},
    "responses": {
      "default": {
        "statusCode": "200",
        "responseParameters": {
          "method.response.header.Content-Type": "integration.response.header.Content-Type",
          "method.response.header.ETag": "integration.response.header.ETag"
        }
      },
      "403": {"statusCode": "404"},
      "404": {"statusCode": "404"},
      "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}
    }
  })x");
}

TEST(IntegrationEmitterTest, DynamoDbPutItemWithDefaults) {
  Operation Op =
      route("post", "/events", "DynamoDB", "${events_table}");
  Op.Target.Credentials = "${ddb_role}";
  ordered_json Expected = ordered_json::parse(R"x({
    "type": "aws",
    "httpMethod": "POST",
    "uri": "arn:aws:apigateway:${region}:dynamodb:action/PutItem",
    "credentials": "${ddb_role}",
    "requestTemplates": {"application/json": ""},
    "passthroughBehavior": "when_no_templates",
    "responses": {"default": {"statusCode": "200"}, "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}}
  })x");
  Expected["requestTemplates"]["application/json"] =
      R"x({"TableName": "${events_table}", "Item": {"PK": {"S": "$context.requestId"}, )x"
      R"x("body": {"S": "$util.escapeJavaScript($input.json('$')).replaceAll("\\'","'")"}}})x";
  expectJson(emitIntegration(Op), Expected);
}

TEST(IntegrationEmitterTest, DynamoDbPatternsAndFields) {
  Operation Op =
      route("put", "/events/{owner}", "DynamoDB", "events");
  Op.Parameters = {param("owner", ParamIn::Path)};
  Op.Target.Options = DynamoDbItem{"$input.params('owner')",
                                   "$input.path('$.project')#$context.requestTimeEpoch",
                                   R"x("timestamp": {"S": "$context.requestTime"})x", ""};
  EXPECT_EQ(
      emitIntegration(Op)["requestTemplates"]["application/json"],
      R"x({"TableName": "events", "Item": {"PK": {"S": "$input.params('owner')"}, )x"
      R"x("SK": {"S": "$input.path('$.project')#$context.requestTimeEpoch"}, )x"
      R"x("timestamp": {"S": "$context.requestTime"}}})x");
}

TEST(IntegrationEmitterTest, DynamoDbReadsAndDeletes) {
  Operation Get =
      route("get", "/events/{owner}", "DynamoDB", "events");
  Get.Parameters = {param("owner", ParamIn::Path)};
  ordered_json GetItem = emitIntegration(Get);
  EXPECT_EQ(GetItem["uri"],
            "arn:aws:apigateway:${region}:dynamodb:action/GetItem");
  EXPECT_EQ(GetItem["httpMethod"], "POST");
  EXPECT_EQ(
      GetItem["requestTemplates"]["application/json"],
      R"x({"TableName": "events", "Key": {"PK": {"S": )x"
      R"x("$util.escapeJavaScript($input.params('owner')).replaceAll("\\'","'")"}}})x");

  Get.Target.Options = DynamoDbItem{
      "", "", "",
      R"x("KeyConditionExpression": "PK = :pk", "ExpressionAttributeValues": {":pk": {"S": "$input.params('owner')"}})x"};
  ordered_json Query = emitIntegration(Get);
  EXPECT_EQ(Query["uri"], "arn:aws:apigateway:${region}:dynamodb:action/Query");
  EXPECT_EQ(
      Query["requestTemplates"]["application/json"],
      R"x({"TableName": "events", "KeyConditionExpression": "PK = :pk", )x"
      R"x("ExpressionAttributeValues": {":pk": {"S": "$input.params('owner')"}}})x");

  Operation Delete = route("delete", "/events/{owner}/{sk}",
                           "DynamoDB", "events");
  Delete.Target.Options =
      DynamoDbItem{"$input.params('owner')", "$input.params('sk')", "", ""};
  ordered_json DeleteItem = emitIntegration(Delete);
  EXPECT_EQ(DeleteItem["uri"],
            "arn:aws:apigateway:${region}:dynamodb:action/DeleteItem");
  EXPECT_EQ(
      DeleteItem["requestTemplates"]["application/json"],
      R"x({"TableName": "events", "Key": {"PK": {"S": "$input.params('owner')"}, )x"
      R"x("SK": {"S": "$input.params('sk')"}}})x");
}

TEST(IntegrationEmitterTest, SnsPublish) {
  Operation Op = route("post", "/notify", "Sns", "${topic_arn}");
  Op.Target.Credentials = "${sns_role}";
  Op.Responses = {{"202", "Queued", std::nullopt}};
  expectJson(emitIntegration(Op), R"x({
    "type": "aws",
    "httpMethod": "POST",
    "uri": "arn:aws:apigateway:${region}:sns:action/Publish",
    "credentials": "${sns_role}",
    "requestParameters": {"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"},
    "requestTemplates": {"application/json": "Action=Publish&TopicArn=$util.urlEncode('${topic_arn}')&Message=$util.urlEncode($input.body)"},
    "passthroughBehavior": "when_no_templates",
    "responses": {"default": {"statusCode": "202"}, "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}}
  })x");
}

TEST(IntegrationEmitterTest, SqsSendMessage) {
  Operation Op =
      route("post", "/jobs", "Sqs", "${account_id}/jobs-queue");
  Op.Target.Credentials = "${sqs_role}";
  expectJson(emitIntegration(Op), R"x({
    "type": "aws",
    "httpMethod": "POST",
    "uri": "arn:aws:apigateway:${region}:sqs:path/${account_id}/jobs-queue",
    "credentials": "${sqs_role}",
    "requestParameters": {"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"},
    "requestTemplates": {"application/json": "Action=SendMessage&MessageBody=$util.urlEncode($input.body)"},
    "passthroughBehavior": "when_no_templates",
    "responses": {"default": {"statusCode": "200"}, "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}}
  })x");
}

TEST(IntegrationEmitterTest, HttpProxyMapsPathParametersTheUriUses) {
  Operation Op = route("any", "/legacy/{proxy+}", "HttpProxy",
                       "${legacy_url}/{proxy+}");
  Op.Parameters = {param("proxy", ParamIn::Path), param("q", ParamIn::Query)};
  Op.Target.VpcLinkId = "${vpc_link_id}";
  expectJson(emitIntegration(Op), R"x({
    "type": "http_proxy",
    "httpMethod": "ANY",
    "uri": "${legacy_url}/{proxy}",
    "connectionType": "VPC_LINK",
    "connectionId": "${vpc_link_id}",
    "requestParameters": {"integration.request.path.proxy": "method.request.path.proxy"}
  })x");
}

TEST(IntegrationEmitterTest, HttpMapsEveryDeclaredParameter) {
  Operation Op = route("get", "/pets/{id}", "Http",
                       "https://backend.example.com/pets/{id}");
  Op.Parameters = {param("id", ParamIn::Path), param("limit", ParamIn::Query),
                   param("X-Tenant", ParamIn::Header)};
  Op.Responses.push_back({"404", "Not found", std::nullopt});
  expectJson(emitIntegration(Op), R"x({
    "type": "http",
    "httpMethod": "GET",
    "uri": "https://backend.example.com/pets/{id}",
    "requestParameters": {
      "integration.request.header.X-Tenant": "method.request.header.X-Tenant",
      "integration.request.path.id": "method.request.path.id",
      "integration.request.querystring.limit": "method.request.querystring.limit"
    },
    "responses": {"default": {"statusCode": "200"}, "404": {"statusCode": "404"}, "4\\d{2}": {"statusCode": "400"}, "5\\d{2}": {"statusCode": "500"}}
  })x");
}

TEST(IntegrationEmitterTest, MockWithBody) {
  Operation Op = route("get", "/status", "Mock", "");
  Op.Target.Options = MockResponse{200, R"x({"status": "ok"})x"};
  expectJson(emitIntegration(Op), R"x({
    "type": "mock",
    "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
    "passthroughBehavior": "when_no_match",
    "responses": {"default": {"statusCode": "200", "responseTemplates": {"application/json": "{\"status\": \"ok\"}"}}}
  })x");
}

TEST(IntegrationEmitterTest, MockStatusOnly) {
  Operation Op = route("post", "/later", "Mock", "");
  Op.Target.Options = MockResponse{501, ""};
  expectJson(emitIntegration(Op), R"x({
    "type": "mock",
    "requestTemplates": {"application/json": "{\"statusCode\": 501}"},
    "passthroughBehavior": "when_no_match",
    "responses": {"default": {"statusCode": "501"}}
  })x");
}

// What the integration's responses select is declared on the operation, and a
// status the user documented keeps its pattern (and wins over the kind's).
TEST(IntegrationEmitterTest, S3DocumentedStatusWinsOverTheKindsPattern) {
  Operation Op = route("get", "/files/{key}", "S3", "bucket");
  Op.Parameters = {param("key", ParamIn::Path)};
  Op.Responses.push_back({"403", "Forbidden", std::nullopt});
  ordered_json Responses = emitIntegration(Op)["responses"];
  EXPECT_EQ(Responses["403"], ordered_json({{"statusCode", "403"}}));
  EXPECT_EQ(Responses["404"], ordered_json({{"statusCode", "404"}}));

  IntegrationNeeds Needs = emitIntegrationAndNeeds(Op).Needs;
  EXPECT_EQ(Needs.SuccessStatus, "200");
  using Declared = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(Needs.ErrorResponses, (Declared{{"404", "Not Found"},
                                            {"400", "Bad Request"},
                                            {"500", "Internal Server Error"}}));
  EXPECT_EQ(Needs.SuccessHeaders,
            (std::vector<std::string>{"Content-Type", "ETag"}));
  EXPECT_TRUE(Needs.RequestHeaders.empty());
}

TEST(IntegrationEmitterTest, S3PutUsesTheDeclaredContentTypeHeader) {
  Operation Put = route("put", "/files/{key}", "S3", "bucket");
  Put.Parameters = {param("key", ParamIn::Path)};
  EXPECT_EQ(emitIntegrationAndNeeds(Put).Needs.RequestHeaders,
            std::vector<std::string>{"Content-Type"});
  EXPECT_TRUE(emitIntegrationAndNeeds(Put).Needs.SuccessHeaders.empty());

  Put.Parameters.push_back(param("content-type", ParamIn::Header));
  EXPECT_TRUE(emitIntegrationAndNeeds(Put).Needs.RequestHeaders.empty());
  EXPECT_EQ(emitIntegration(Put)["requestParameters"]
                                ["integration.request.header.Content-Type"],
            "method.request.header.content-type");

  Operation Delete =
      route("delete", "/files/{key}", "S3", "bucket");
  Delete.Parameters = {param("key", ParamIn::Path)};
  ordered_json Integration = emitIntegration(Delete);
  EXPECT_FALSE(Integration["responses"]["default"].contains(
      "responseParameters"));
  EXPECT_FALSE(Integration["requestParameters"].contains(
      "integration.request.header.Content-Type"));
}

TEST(IntegrationEmitterTest, LambdaDirectErrorsAreMatchedOnErrorMessage) {
  Operation Op =
      route("post", "/pets", "LambdaDirect", "${pets}");
  Op.Responses.push_back({"500", "It broke", std::nullopt});
  ordered_json Responses = emitIntegration(Op)["responses"];
  EXPECT_EQ(Responses, ordered_json::parse(
                           R"({"default": {"statusCode": "200"},
                               ".+": {"statusCode": "500"}})"));
  using Declared = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(emitIntegrationAndNeeds(Op).Needs.ErrorResponses,
            (Declared{{"500", "Internal Server Error"}}));
}

TEST(IntegrationEmitterTest, ProxiesAndMocksSelectNoErrorResponses) {
  for (auto [Kind, Target] :
       {std::pair{"LambdaProxy", "${fn}"},
        std::pair{"HttpProxy", "https://example.com/x"},
        std::pair{"Mock", ""}}) {
    Operation Op = route("get", "/x", Kind, Target);
    if (Op.Target.Kind == "Mock")
      Op.Target.Options = MockResponse{200, ""};
    IntegrationNeeds Needs = emitIntegrationAndNeeds(Op).Needs;
    EXPECT_TRUE(Needs.ErrorResponses.empty());
    EXPECT_TRUE(Needs.SuccessHeaders.empty());
    EXPECT_TRUE(Needs.RequestHeaders.empty());
  }
  Operation Mock = route("get", "/x", "Mock", "");
  Mock.Target.Options = MockResponse{200, ""};
  EXPECT_EQ(emitIntegration(Mock)["responses"].size(), 1u);
}
