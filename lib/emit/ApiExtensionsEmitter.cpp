//===- ApiExtensionsEmitter.cpp - Top-level x-amazon-apigateway-* blocks --===//
//
// `endpoint_type=` has no counterpart here: a REST API's endpoint type is an
// import parameter (Terraform's endpoint_configuration), not part of the
// document; x-amazon-apigateway-endpoint-configuration only carries VPC
// endpoint ids and the execute-api switch.
//
//===----------------------------------------------------------------------===//
#include "ApiExtensionsEmitter.h"

#include "UserText.h"

#include <set>

namespace apigw {

namespace {

using nlohmann::ordered_json;

/// The validators `validate=` names, as API Gateway defines them.
ordered_json validatorDefinition(const std::string &Name) {
  bool Body = Name == "all" || Name == "body";
  bool Params = Name == "all" || Name == "params";
  return {{"validateRequestBody", Body}, {"validateRequestParameters", Params}};
}

ordered_json requestValidators(const ApiModel &Api, const EmitContext &Ctx) {
  std::set<std::string> Used;
  for (const Operation &Op : Api.Operations)
    if (std::string Name = effectiveValidator(Op, Ctx.Api); !Name.empty())
      Used.insert(Name);
  ordered_json Validators = ordered_json::object();
  for (const std::string &Name : Used)
    Validators[userText(Name)] = validatorDefinition(Name);
  return Validators;
}

/// API Gateway's own 4XX/5XX answers as JSON bodies carrying its message.
ordered_json gatewayResponses() {
  ordered_json Json = {
      {"responseTemplates",
       {{"application/json", "{\"message\":$context.error.messageString}"}}}};
  return {{"DEFAULT_4XX", Json}, {"DEFAULT_5XX", Json}};
}

} // namespace

void emitApiExtensions(const ApiModel &Api, const EmitContext &Ctx,
                       ordered_json &Doc) {
  const ApiSettings *Settings = Ctx.Api;
  if (Settings && !Settings->ApiKeySource.empty())
    Doc["x-amazon-apigateway-api-key-source"] =
        userText(Settings->ApiKeySource);
  else if (!Ctx.ApiKeyScheme.empty())
    Doc["x-amazon-apigateway-api-key-source"] = "HEADER";
  if (Settings && !Settings->BinaryMediaTypes.empty())
    Doc["x-amazon-apigateway-binary-media-types"] =
        userText(Settings->BinaryMediaTypes);
  if (Settings && Settings->MinimumCompressionSize)
    Doc["x-amazon-apigateway-minimum-compression-size"] =
        *Settings->MinimumCompressionSize;
  if (ordered_json Validators = requestValidators(Api, Ctx);
      !Validators.empty())
    Doc["x-amazon-apigateway-request-validators"] = std::move(Validators);
  if (Settings && Settings->GatewayResponses)
    Doc["x-amazon-apigateway-gateway-responses"] = gatewayResponses();
}

} // namespace apigw
