//===- ApiExtensionsEmitter.cpp - Top-level x-amazon-apigateway-* blocks --===//
//
// `endpoint_type=` has no counterpart here: a REST API's endpoint type is an
// import parameter (ImportRestApi's `endpointConfigurationTypes`, Terraform's
// `endpoint_configuration { types = [...] }`), not part of the document. AWS
// documents x-amazon-apigateway-endpoint-configuration (on a Server object in
// OpenAPI 3) with `disableExecuteApiEndpoint` and `vpcEndpointIds` only; a
// `types` member there is not read, and import rejects vpcEndpointIds unless
// the API is already PRIVATE. docs/outputs.md says where to set it.
//
//===----------------------------------------------------------------------===//
#include "emit/ApiExtensionsEmitter.h"

#include "emit/CorsEmitter.h"
#include "emit/UserText.h"

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

/// API Gateway's own 4XX/5XX answers: with `gateway_responses`, JSON bodies
/// carrying its message ($context.error.messageString is already quoted);
/// with CORS, the Allow-Origin header, so a browser can read them.
ordered_json gatewayResponses(bool JsonBodies, const CorsSettings *Cors) {
  ordered_json Response = ordered_json::object();
  if (Cors)
    Response["responseParameters"] = corsGatewayResponseParameters(*Cors);
  if (JsonBodies)
    Response["responseTemplates"] = {
        {"application/json", "{\"message\":$context.error.messageString}"}};
  return {{"DEFAULT_4XX", Response}, {"DEFAULT_5XX", Response}};
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
  bool JsonBodies = Settings && Settings->GatewayResponses;
  if (JsonBodies || Ctx.Cors)
    Doc["x-amazon-apigateway-gateway-responses"] =
        gatewayResponses(JsonBodies, Ctx.Cors ? &*Ctx.Cors : nullptr);
}

} // namespace apigw
