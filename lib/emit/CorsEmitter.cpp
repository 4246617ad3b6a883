//===- CorsEmitter.cpp - CORS for browsers --------------------------------===//
//
// The shapes follow AWS's "Enable CORS on a resource using the API Gateway
// import API": a `mock` OPTIONS method whose request template selects 200 and
// whose default integration response maps the three headers, which the 200
// method response declares.
//
//===----------------------------------------------------------------------===//
#include "emit/CorsEmitter.h"

#include "model/HttpMethods.h"
#include "model/PathTemplate.h"
#include "emit/UserText.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/ADT/StringRef.h>

#include <algorithm>
#include <set>

namespace apigw {

namespace {

using nlohmann::ordered_json;

constexpr const char *AllowOrigin = "Access-Control-Allow-Origin";
constexpr const char *AllowMethods = "Access-Control-Allow-Methods";
constexpr const char *AllowHeaders = "Access-Control-Allow-Headers";

/// What the API Gateway console's "Enable CORS" allows by default.
constexpr std::string_view DefaultHeaders[] = {"Content-Type", "X-Amz-Date",
                                               "Authorization", "X-Api-Key",
                                               "X-Amz-Security-Token"};

/// The default list plus the headers the API reads, each once (header names
/// are case-insensitive), the additions sorted.
std::string defaultAllowHeaders(const ApiModel &Api) {
  std::set<std::string> Seen;
  std::vector<std::string> Headers;
  auto Add = [&](std::string_view Name) {
    if (!Name.empty() && Seen.insert(llvm::StringRef(Name).lower()).second)
      Headers.emplace_back(Name);
  };
  for (std::string_view Name : DefaultHeaders)
    Add(Name);
  std::set<std::string> Extra;
  for (const Operation &Op : Api.Operations)
    for (const Parameter &P : Op.Parameters)
      if (P.In == ParamIn::Header)
        Extra.insert(P.Name);
  for (const Authorizer &A : Api.Authorizers)
    Extra.insert(A.HeaderNames.begin(), A.HeaderNames.end());
  std::vector<std::string> Sorted(Extra.begin(), Extra.end());
  std::stable_sort(Sorted.begin(), Sorted.end(),
                   [](const std::string &L, const std::string &R) {
                     return llvm::StringRef(L).compare_insensitive(R) < 0;
                   });
  for (const std::string &Name : Sorted)
    Add(Name);
  return llvm::join(Headers, ",");
}

ordered_json stringHeader() { return {{"schema", {{"type", "string"}}}}; }

/// Adds `Name` to a response object's `headers`, which OpenAPI lists right
/// after `description`.
void declareHeader(ordered_json &Response, const char *Name) {
  if (auto Headers = Response.find("headers"); Headers != Response.end()) {
    (*Headers)[Name] = stringHeader();
    return;
  }
  ordered_json Out = ordered_json::object();
  for (auto It = Response.begin(); It != Response.end(); ++It) {
    Out[It.key()] = std::move(It.value());
    if (It.key() == "description")
      Out["headers"] = {{Name, stringHeader()}};
  }
  if (!Out.contains("headers"))
    Out["headers"] = {{Name, stringHeader()}};
  Response = std::move(Out);
}

/// The `{name}` segments of the path, as plain path parameters: OpenAPI
/// requires each to be declared, whatever the operation.
ordered_json pathParameters(const Operation &Op) {
  ordered_json Params = ordered_json::array();
  auto Parsed = parsePath(Op.Path);
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return Params;
  }
  for (const PathParam &P : Parsed->Params)
    Params.push_back({{"name", userText(P.Name)},
                      {"in", "path"},
                      {"required", true},
                      {"schema", {{"type", "string"}}}});
  return Params;
}

} // namespace

std::string quotedMappingValue(std::string_view Text) {
  if (Text.size() >= 2 && Text.front() == '\'' && Text.back() == '\'')
    return std::string(Text);
  return "'" + std::string(Text) + "'";
}

std::optional<CorsPolicy> corsPolicy(const ApiModel &Api, const ApiSettings *Settings,
                                     const std::optional<std::string> &CommandLine) {
  bool FromApi = Settings && (!Settings->CorsOrigin.empty() ||
                              !Settings->CorsHeaders.empty() ||
                              !Settings->CorsMethods.empty());
  if (!CommandLine && !FromApi)
    return std::nullopt;
  CorsPolicy Policy;
  Policy.Origin = CommandLine && !CommandLine->empty() ? *CommandLine
                  : FromApi && !Settings->CorsOrigin.empty()
                      ? Settings->CorsOrigin
                      : "*";
  Policy.Headers = Settings && !Settings->CorsHeaders.empty()
                       ? llvm::join(Settings->CorsHeaders, ",")
                       : defaultAllowHeaders(Api);
  if (Settings && !Settings->CorsMethods.empty())
    Policy.Methods = llvm::StringRef(llvm::join(Settings->CorsMethods, ",")).upper();
  return Policy;
}

std::optional<CorsSettings>
corsSettings(const ApiModel &Api, const ApiSettings *Settings,
             const std::optional<std::string> &CommandLine) {
  std::optional<CorsPolicy> Policy = corsPolicy(Api, Settings, CommandLine);
  if (!Policy)
    return std::nullopt;
  CorsSettings Cors;
  Cors.AllowOrigin = userText(quotedMappingValue(Policy->Origin));
  Cors.AllowHeaders = userText(quotedMappingValue(Policy->Headers));
  if (!Policy->Methods.empty())
    Cors.AllowMethods = userText(quotedMappingValue(Policy->Methods));
  return Cors;
}

std::string allowedMethods(const std::vector<const Operation *> &OnPath) {
  static constexpr std::string_view Every[] = {
      "get", "put", "post", "delete", "options", "head", "patch"};
  std::set<std::string_view> Methods = {"options"};
  for (const Operation *Op : OnPath) {
    if (Op->Method == "any")
      Methods.insert(std::begin(Every), std::end(Every));
    else if (methodRank(Op->Method) < methodRank("any"))
      Methods.insert(
          *std::find(std::begin(Every), std::end(Every), Op->Method));
  }
  std::vector<std::string_view> Ordered(Methods.begin(), Methods.end());
  std::sort(Ordered.begin(), Ordered.end(),
            [](std::string_view L, std::string_view R) {
              return methodRank(L) < methodRank(R);
            });
  std::string List;
  for (std::string_view Method : Ordered)
    List += (List.empty() ? "" : ",") + upperMethod(Method);
  return List;
}

ordered_json corsPreflight(const std::vector<const Operation *> &OnPath,
                           const CorsSettings &Cors) {
  std::string Methods = !Cors.AllowMethods.empty()
                            ? Cors.AllowMethods
                            : quotedMappingValue(allowedMethods(OnPath));
  ordered_json Op = {{"summary", "CORS preflight"}};
  if (ordered_json Params = pathParameters(*OnPath.front()); !Params.empty())
    Op["parameters"] = std::move(Params);
  Op["responses"] = {{"200",
                      {{"description", "CORS preflight response"},
                       {"headers",
                        {{AllowOrigin, stringHeader()},
                         {AllowMethods, stringHeader()},
                         {AllowHeaders, stringHeader()}}}}}};
  // A preflight carries no credentials, so the method has no `security`.
  Op["x-amazon-apigateway-integration"] = {
      {"type", "mock"},
      {"requestTemplates", {{"application/json", "{\"statusCode\": 200}"}}},
      {"passthroughBehavior", "when_no_match"},
      {"responses",
       {{"default",
         {{"statusCode", "200"},
          {"responseParameters",
           {{std::string("method.response.header.") + AllowOrigin,
             Cors.AllowOrigin},
            {std::string("method.response.header.") + AllowMethods, Methods},
            {std::string("method.response.header.") + AllowHeaders,
             Cors.AllowHeaders}}}}}}}};
  return Op;
}

void addCorsResponseHeaders(ordered_json &Operation, const CorsSettings &Cors) {
  auto Integration = Operation.find("x-amazon-apigateway-integration");
  if (Integration == Operation.end())
    return;
  auto Responses = Integration->find("responses");
  if (Responses == Integration->end() || !Responses->is_object())
    return;
  for (ordered_json &Response : *Responses)
    Response["responseParameters"][std::string("method.response.header.") +
                                   AllowOrigin] = Cors.AllowOrigin;
  // API Gateway refuses a mapping to a header that the method response of
  // that status does not declare; declaring it on every response covers each.
  if (auto Methods = Operation.find("responses"); Methods != Operation.end())
    for (ordered_json &Response : *Methods)
      declareHeader(Response, AllowOrigin);
}

ordered_json corsGatewayResponseParameters(const CorsSettings &Cors) {
  return {
      {std::string("gatewayresponse.header.") + AllowOrigin, Cors.AllowOrigin},
      {std::string("gatewayresponse.header.") + AllowHeaders,
       Cors.AllowHeaders}};
}

} // namespace apigw
