//===- OperationEmitter.cpp - One OpenAPI operation object ----------------===//
#include "emit/OperationEmitter.h"

#include "emit/CorsEmitter.h"
#include "emit/IntegrationEmitter.h"
#include "emit/JsonInsert.h"
#include "emit/OperationSecurity.h"
#include "emit/SchemaEmitter.h"
#include "emit/UserText.h"

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

/// `content` with one media type; "" is JSON, the default.
ordered_json content(const std::string &MediaType, const Schema &S, const EmitContext &Ctx) {
  return {{MediaType.empty() ? "application/json" : userText(MediaType),
           {{"schema", emitSchema(S, Ctx)}}}};
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
  Out["content"] = content(Body.MediaType, Body.Type, Ctx);
  return Out;
}

/// Adds a string header to a response object's `headers`, which OpenAPI
/// lists right after `description`.
void declareHeader(ordered_json &Response, const std::string &Name) {
  ordered_json Header = {{"schema", {{"type", "string"}}}};
  if (auto Headers = Response.find("headers"); Headers != Response.end()) {
    (*Headers)[Name] = std::move(Header);
    return;
  }
  insertAfter(Response, "description", "headers", {{Name, Header}});
}

ordered_json responses(const Operation &Op, const IntegrationNeeds &Needs,
                       const EmitContext &Ctx) {
  ordered_json Out = ordered_json::object();
  for (const Response &R : Op.Responses) {
    // A description is mandatory in OpenAPI; "200 response" is what API
    // Gateway's own export writes when there is none.
    ordered_json One = {{"description", R.Description.empty()
                                            ? R.Status + " response"
                                            : userText(R.Description)}};
    if (R.Body)
      One["content"] = content(R.MediaType, *R.Body, Ctx);
    Out[userText(R.Status)] = std::move(One);
  }
  if (Out.empty())
    Out[successStatus(Op)] = {{"description", successStatus(Op) + " response"}};
  // The integration's error responses answer with these statuses whether or
  // not the user documented them; AWS refuses a status without its method
  // response.
  for (const auto &[Status, Description] : Needs.ErrorResponses)
    if (!Out.contains(Status))
      Out[Status] = {{"description", Description}};
  if (auto Success = Out.find(Needs.SuccessStatus); Success != Out.end())
    for (const std::string &Header : Needs.SuccessHeaders)
      declareHeader(*Success, Header);
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
  EmittedIntegration Integration = emitIntegrationAndNeeds(Op);
  const IntegrationNeeds &Needs = Integration.Needs;
  if (!Op.Parameters.empty() || !Needs.RequestHeaders.empty()) {
    ordered_json Params = ordered_json::array();
    for (const Parameter &P : Op.Parameters)
      Params.push_back(parameter(P, Ctx));
    for (const std::string &Header : Needs.RequestHeaders)
      Params.push_back({{"name", Header},
                        {"in", "header"},
                        {"required", false},
                        {"schema", {{"type", "string"}}}});
    Out["parameters"] = std::move(Params);
  }
  if (Op.Body)
    Out["requestBody"] = requestBody(*Op.Body, Ctx);
  Out["responses"] = responses(Op, Needs, Ctx);
  if (auto Security = emitOperationSecurity(Op, Ctx))
    Out["security"] = std::move(*Security);
  if (std::string Validator = effectiveValidator(Op, Ctx.Api);
      !Validator.empty())
    Out["x-amazon-apigateway-request-validator"] = userText(Validator);
  Out["x-amazon-apigateway-integration"] = std::move(Integration.Object);
  if (Ctx.Cors)
    addCorsResponseHeaders(Out, *Ctx.Cors);
  return Out;
}

} // namespace apigw
