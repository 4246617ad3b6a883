//===- VtlTemplates.cpp - Generated API Gateway mapping templates ---------===//
#include "integrations/VtlTemplates.h"

#include <nlohmann/json.hpp>

namespace apigw {

namespace {

/// `Sigil` is `$`, or `$!` for VTL's quiet reference, which prints nothing
/// instead of the template text when the value is null.
std::string escapeCall(std::string_view Sigil, std::string_view Expr) {
  return std::string(Sigil) + "util.escapeJavaScript(" + std::string(Expr) +
         R"().replaceAll("\\'","'"))";
}

/// `"text"` with JSON's escapes: for names and ARNs placed in templates.
std::string jsonString(std::string_view Text) {
  // Not UTF-8 (a Latin-1 annotation): U+FFFD, as in the rest of the document.
  return nlohmann::json(Text).dump(-1, ' ', /*ensure_ascii=*/false,
                                   nlohmann::json::error_handler_t::replace);
}

/// `{"<name>": "<escaped value>", ...}` over one of $input.params()'s maps
/// (path, querystring, header), whatever parameters the request carries.
std::string paramsObject(std::string_view Where) {
  std::string Map = "$params." + std::string(Where);
  return "{#foreach($name in " + Map + ".keySet())\"$name\": \"" +
         escapedForJsonString(Map + ".get($name)") + "\"#if($foreach.hasNext), #end#end}";
}

} // namespace

std::string escapedForJsonString(std::string_view Expr) { return escapeCall("$", Expr); }

std::string stepFunctionsRequestTemplate(std::string_view StateMachineArn) {
  return "{\"input\": \"" + escapedForJsonString("$input.json('$')") +
         "\", \"stateMachineArn\": " + jsonString(StateMachineArn) + "}";
}

std::string stepFunctionsSyncResponseTemplate() {
  // `output` is the execution's result as JSON text, so it is written as is.
  // FAILED is the state machine's own error (500); TIMED_OUT means it did not
  // finish in time, which a client should see as a gateway timeout (504).
  return "#set($execution = $input.path('$'))\n"
         "#if($execution.status == 'SUCCEEDED')\n"
         "$execution.output\n"
         "#else\n"
         "#if($execution.status == 'TIMED_OUT')\n"
         "#set($context.responseOverride.status = 504)\n"
         "#else\n"
         "#set($context.responseOverride.status = 500)\n"
         "#end\n"
         "{\"error\": \"" +
         escapeCall("$!", "$execution.error") + "\", \"cause\": \"" +
         escapeCall("$!", "$execution.cause") +
         "\"}\n"
         "#end";
}

std::string lambdaDirectRequestTemplate() {
  return "#set($params = $input.params())\n"
         "{\n"
         "  \"body\": $input.json('$'),\n"
         "  \"httpMethod\": \"$context.httpMethod\",\n"
         "  \"resource\": \"$context.resourcePath\",\n"
         "  \"path\": \"$context.path\",\n"
         "  \"pathParameters\": " +
         paramsObject("path") +
         ",\n"
         "  \"queryStringParameters\": " +
         paramsObject("querystring") +
         ",\n"
         "  \"headers\": " +
         paramsObject("header") +
         "\n"
         "}";
}

std::string snsPublishTemplate(std::string_view TopicArn) {
  return "Action=Publish&TopicArn=$util.urlEncode('" + std::string(TopicArn) +
         "')&Message=$util.urlEncode($input.body)";
}

std::string sqsSendMessageTemplate() {
  return "Action=SendMessage&MessageBody=$util.urlEncode($input.body)";
}

namespace {

/// `"PK": {"S": "<pk>"}[, "SK": {"S": "<sk>"}]`, the members of a key.
std::string dynamoDbKey(std::string_view PkPattern, std::string_view SkPattern) {
  std::string Key = "\"PK\": {\"S\": \"" + std::string(PkPattern) + "\"}";
  if (!SkPattern.empty())
    Key += ", \"SK\": {\"S\": \"" + std::string(SkPattern) + "\"}";
  return Key;
}

} // namespace

std::string dynamoDbPutItemTemplate(std::string_view Table, std::string_view PkPattern,
                                    std::string_view SkPattern, std::string_view Fields) {
  return "{\"TableName\": " + jsonString(Table) + ", \"Item\": {" +
         dynamoDbKey(PkPattern, SkPattern) + ", " + std::string(Fields) + "}}";
}

std::string dynamoDbKeyTemplate(std::string_view Table, std::string_view PkPattern,
                                std::string_view SkPattern) {
  return "{\"TableName\": " + jsonString(Table) + ", \"Key\": {" +
         dynamoDbKey(PkPattern, SkPattern) + "}}";
}

std::string dynamoDbQueryTemplate(std::string_view Table, std::string_view QueryExpr) {
  return "{\"TableName\": " + jsonString(Table) + ", " + std::string(QueryExpr) + "}";
}

std::string mockRequestTemplate(std::string_view Status) {
  return "{\"statusCode\": " + std::string(Status) + "}";
}

} // namespace apigw
