//===- OperationEmitter.cpp - One OpenAPI operation object ----------------===//
#include "OperationEmitter.h"

#include "CorsEmitter.h"
#include "IntegrationEmitter.h"
#include "OperationSecurity.h"
#include "SchemaEmitter.h"
#include "UserText.h"

namespace apigw {

namespace {

using nlohmann::ordered_json;

const char *location(ParamIn In) {
  switch (In) {
  case ParamIn::Path:
    return "path";
  case ParamIn::Query:
    return "query";
  case ParamIn::Header:
    return "header";
  }
  return "query";
}

ordered_json jsonContent(const Schema &S, const EmitContext &Ctx) {
  return {{"application/json", {{"schema", emitSchema(S, Ctx)}}}};
}

ordered_json parameter(const Parameter &P, const EmitContext &Ctx) {
  ordered_json Out = {{"name", userText(P.Name)}, {"in", location(P.In)}};
  // OpenAPI requires path parameters to be required, whatever the type said.
  Out["required"] = P.In == ParamIn::Path || P.Required;
  if (!P.Description.empty())
    Out["description"] = userText(P.Description);
  Out["schema"] = emitSchema(P.Type, Ctx);
  return Out;
}

ordered_json requestBody(const RequestBody &Body, const EmitContext &Ctx) {
  ordered_json Out = ordered_json::object();
  if (!Body.Description.empty())
    Out["description"] = userText(Body.Description);
  Out["required"] = Body.Required;
  Out["content"] = jsonContent(Body.Type, Ctx);
  return Out;
}

ordered_json responses(const Operation &Op, const EmitContext &Ctx) {
  ordered_json Out = ordered_json::object();
  for (const Response &R : Op.Responses) {
    // A description is mandatory in OpenAPI; "200 response" is what API
    // Gateway's own export writes when there is none.
    ordered_json One = {{"description", R.Description.empty()
                                            ? R.Status + " response"
                                            : userText(R.Description)}};
    if (R.Body)
      One["content"] = jsonContent(*R.Body, Ctx);
    Out[userText(R.Status)] = std::move(One);
  }
  if (Out.empty())
    Out[successStatus(Op)] = {{"description", successStatus(Op) + " response"}};
  return Out;
}

} // namespace

std::string pathItemKey(const std::string &Method) {
  return Method == "any" ? "x-amazon-apigateway-any-method" : Method;
}

ordered_json emitOperation(const Operation &Op, const EmitContext &Ctx) {
  ordered_json Out = {{"operationId", userText(Op.OperationId)}};
  if (!Op.Summary.empty())
    Out["summary"] = userText(Op.Summary);
  if (!Op.Description.empty())
    Out["description"] = userText(Op.Description);
  if (!Op.Tags.empty())
    Out["tags"] = userText(Op.Tags);
  if (Op.Deprecated)
    Out["deprecated"] = true;
  if (!Op.Parameters.empty()) {
    ordered_json Params = ordered_json::array();
    for (const Parameter &P : Op.Parameters)
      Params.push_back(parameter(P, Ctx));
    Out["parameters"] = std::move(Params);
  }
  if (Op.Body)
    Out["requestBody"] = requestBody(*Op.Body, Ctx);
  Out["responses"] = responses(Op, Ctx);
  if (auto Security = emitOperationSecurity(Op, Ctx))
    Out["security"] = std::move(*Security);
  if (std::string Validator = effectiveValidator(Op, Ctx.Api);
      !Validator.empty())
    Out["x-amazon-apigateway-request-validator"] = userText(Validator);
  Out["x-amazon-apigateway-integration"] = emitIntegration(Op);
  if (Ctx.Cors)
    addCorsResponseHeaders(Out, *Ctx.Cors);
  return Out;
}

} // namespace apigw
