//===- OperationSecurity.cpp - An operation's `security` list -------------===//
#include "emit/OperationSecurity.h"

#include "emit/UserText.h"

namespace apigw {

namespace {

using nlohmann::ordered_json;

const std::vector<SecurityRequirement> &
effectiveRequirements(const Operation &Op, const EmitContext &Ctx) {
  static const std::vector<SecurityRequirement> None;
  if (Op.Security)
    return *Op.Security;
  if (Ctx.Api && Ctx.Api->Security)
    return *Ctx.Api->Security;
  return None;
}

/// Requirements name authorizers by variable; the document by scheme name.
std::string schemeName(const SecurityRequirement &Req, const EmitContext &Ctx) {
  auto It = Ctx.AuthorizersById.find(Req.Authorizer);
  return userText(It != Ctx.AuthorizersById.end() ? It->second->Name
                                                  : Req.Authorizer);
}

} // namespace

std::optional<ordered_json> emitOperationSecurity(const Operation &Op,
                                                  const EmitContext &Ctx) {
  ordered_json Entries = ordered_json::array();
  for (const SecurityRequirement &Req : effectiveRequirements(Op, Ctx)) {
    ordered_json Entry = ordered_json::object();
    Entry[schemeName(Req, Ctx)] = userText(Req.Scopes);
    Entries.push_back(std::move(Entry));
  }
  if (Op.ApiKeyRequired && !Ctx.ApiKeyScheme.empty()) {
    // API Gateway marks a method "API key required" when its security
    // names an apiKey scheme for the x-api-key header; alongside an
    // authorizer both must hold, so the key joins each entry.
    if (Entries.empty())
      Entries.push_back(ordered_json::object());
    for (ordered_json &Entry : Entries)
      Entry[Ctx.ApiKeyScheme] = ordered_json::array();
  }
  if (Entries.empty())
    return std::nullopt;
  return Entries;
}

} // namespace apigw
