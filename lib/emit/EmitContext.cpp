//===- EmitContext.cpp - What every part of the document needs to know ----===//
#include "emit/EmitContext.h"

#include "model/SchemaNames.h"
#include "emit/UserText.h"

#include <algorithm>
#include <set>

namespace apigw {

namespace {

/// `api_key`, or `api_key2`... when an authorizer already calls its scheme so.
std::string freeApiKeySchemeName(const std::vector<Authorizer> &Auths) {
  std::set<std::string> Taken;
  for (const Authorizer &A : Auths)
    Taken.insert(A.Name);
  std::string Name = "api_key";
  for (unsigned Suffix = 2; Taken.count(Name); ++Suffix)
    Name = "api_key" + std::to_string(Suffix);
  return Name;
}

} // namespace

EmitContext makeEmitContext(const ApiModel &Api) {
  EmitContext Ctx;
  // Names are user text too (`name=`, `authorizer_name=`); they pass the
  // door once here, so a reference and what it refers to always agree.
  for (auto &[Id, Name] : assignSchemaNames(Api.Models))
    Ctx.SchemaNames.emplace(Id, userText(Name));
  for (const Authorizer &A : Api.Authorizers)
    Ctx.AuthorizersById.emplace(A.Id, &A);
  if (!Api.Apis.empty())
    Ctx.Api = &Api.Apis.front();

  // AuthorizersById is sorted, so "the" api_key authorizer is well defined.
  for (const auto &[Id, A] : Ctx.AuthorizersById)
    if (A->Kind == AuthorizerKind::ApiKey) {
      Ctx.ApiKeyScheme = userText(A->Name);
      break;
    }
  bool KeysRequired =
      std::any_of(Api.Operations.begin(), Api.Operations.end(),
                  [](const Operation &Op) { return Op.ApiKeyRequired; });
  if (Ctx.ApiKeyScheme.empty() && KeysRequired) {
    Ctx.ApiKeyScheme = freeApiKeySchemeName(Api.Authorizers);
    Ctx.ApiKeySchemeGenerated = true;
  }
  return Ctx;
}

std::string effectiveValidator(const Operation &Op, const ApiSettings *Api) {
  std::string Name = !Op.Validator.empty() ? Op.Validator
                     : Api                 ? Api->Validator
                                           : "";
  return Name == "none" ? "" : Name;
}

} // namespace apigw
