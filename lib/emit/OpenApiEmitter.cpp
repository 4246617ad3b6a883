//===- OpenApiEmitter.cpp - The OpenAPI 3.0 document ----------------------===//
//
// The pipeline: EmitContext (names, authorizers, API settings) is computed
// once; then info, servers, paths (OperationEmitter, which calls
// IntegrationEmitter), components (SchemaEmitter, SecuritySchemeEmitter) and
// the top-level extensions are written in a fixed key order. Maps whose order
// the reader searches by key (paths, schemas, schemes) are sorted. CORS
// (CorsEmitter) adds to operations and paths; the public spec is the same
// walk with full schemas and no preflights, made plain OpenAPI at the end
// (PublicSpec.h).
//
//===----------------------------------------------------------------------===//
#include "emit/OpenApiEmitter.h"

#include "emit/ApiExtensionsEmitter.h"
#include "emit/CorsEmitter.h"
#include "emit/EmitContext.h"
#include "model/HttpMethods.h"
#include "model/RuntimeSchemas.h"
#include "emit/OperationEmitter.h"
#include "emit/PublicSpec.h"
#include "emit/SchemaEmitter.h"
#include "emit/SecuritySchemeEmitter.h"
#include "emit/UserText.h"

#include <algorithm>
#include <map>

namespace apigw {

namespace {

using nlohmann::ordered_json;

/// The command line wins over the `api` variable, which wins over the default.
std::string setting(const std::optional<std::string> &CommandLine,
                    const std::string *FromApi, const std::string &Default) {
  if (CommandLine)
    return *CommandLine;
  if (FromApi && !FromApi->empty())
    return *FromApi;
  return Default;
}

ordered_json info(const EmitContext &Ctx, const EmitOptions &Options) {
  const ApiSettings *Api = Ctx.Api;
  ordered_json Info = {
      {"title", userText(setting(Options.Title, Api ? &Api->Title : nullptr,
                                 Options.DefaultTitle))}};
  if (std::string Description =
          setting(Options.Description, Api ? &Api->Description : nullptr, "");
      !Description.empty())
    Info["description"] = userText(Description);
  Info["version"] = userText(
      setting(Options.Version, Api ? &Api->Version : nullptr, "0.0.1"));
  return Info;
}

ordered_json servers(const ApiSettings &Api) {
  ordered_json Servers = ordered_json::array();
  for (const std::string &Url : Api.Servers)
    Servers.push_back({{"url", userText(Url)}});
  return Servers;
}

/// One path's operations in the canonical method order, with the CORS
/// preflight in the place of `options` when the path routes no OPTIONS itself.
ordered_json pathItem(std::vector<const Operation *> Ops,
                      const EmitContext &Ctx) {
  std::stable_sort(Ops.begin(), Ops.end(),
                   [](const Operation *A, const Operation *B) {
                     return methodRank(A->Method) < methodRank(B->Method);
                   });
  bool NeedsPreflight =
      Ctx.Cors && !Ctx.Public &&
      std::none_of(Ops.begin(), Ops.end(), [](const Operation *Op) {
        return Op->Method == "options";
      });
  ordered_json Item = ordered_json::object();
  for (const Operation *Op : Ops) {
    if (NeedsPreflight && methodRank(Op->Method) > methodRank("options")) {
      Item["options"] = corsPreflight(Ops, *Ctx.Cors);
      NeedsPreflight = false;
    }
    Item[pathItemKey(Op->Method)] = emitOperation(*Op, Ctx);
  }
  if (NeedsPreflight)
    Item["options"] = corsPreflight(Ops, *Ctx.Cors);
  return Item;
}

ordered_json paths(const ApiModel &Api, const EmitContext &Ctx) {
  std::map<std::string, std::vector<const Operation *>> ByPath;
  for (const Operation &Op : Api.Operations)
    ByPath[userText(Op.Path)].push_back(&Op);

  ordered_json Paths = ordered_json::object();
  for (auto &[Path, Ops] : ByPath)
    Paths[Path] = pathItem(std::move(Ops), Ctx);
  return Paths;
}

/// Whether a response of `Api` refers to the runtime schema `Name`.
bool refersTo(const ApiModel &Api, const std::string &Name) {
  const std::string Ref = "#/components/schemas/" + Name;
  for (const Operation &Op : Api.Operations)
    for (const Response &R : Op.Responses)
      if (R.Body && R.Body->value("$ref", "") == Ref)
        return true;
  return false;
}

ordered_json schemas(const ApiModel &Api, const EmitContext &Ctx) {
  std::map<std::string, const Schema *> ByName;
  for (const Model &M : Api.Models)
    ByName.emplace(Ctx.SchemaNames.at(M.Id), &M.Body);
  for (const auto &[Name, Body] : runtimeSchemas())
    if (refersTo(Api, Name))
      ByName.emplace(Name, &Body);
  ordered_json Schemas = ordered_json::object();
  for (const auto &[Name, Body] : ByName)
    Schemas[Name] = emitSchema(*Body, Ctx);
  return Schemas;
}

ordered_json components(const ApiModel &Api, const EmitContext &Ctx) {
  ordered_json Components = ordered_json::object();
  if (ordered_json Schemas = schemas(Api, Ctx); !Schemas.empty())
    Components["schemas"] = std::move(Schemas);
  if (ordered_json Schemes = emitSecuritySchemes(Api, Ctx); !Schemes.empty())
    Components["securitySchemes"] = std::move(Schemes);
  return Components;
}

} // namespace

ordered_json emitOpenApi(const ApiModel &Api, const EmitOptions &Options) {
  EmitContext Ctx = makeEmitContext(Api);
  Ctx.Cors = corsSettings(Api, Ctx.Api, Options.CorsOrigin);
  Ctx.Public = Options.Public;
  // API Gateway imports OpenAPI 3.0.x, not 3.1.
  ordered_json Doc = {{"openapi", "3.0.1"}, {"info", info(Ctx, Options)}};
  if (Ctx.Api && !Ctx.Api->Servers.empty())
    Doc["servers"] = servers(*Ctx.Api);
  Doc["paths"] = paths(Api, Ctx);
  if (ordered_json Components = components(Api, Ctx); !Components.empty())
    Doc["components"] = std::move(Components);
  emitApiExtensions(Api, Ctx, Doc);
  if (Options.Public)
    makePublicSpec(Doc, Ctx.Cors.has_value());
  return Doc;
}

} // namespace apigw
