//===- ApiChecks.cpp - Checks only the whole program can make -------------===//
//
// API Gateway builds a tree of resources from the `paths` keys: one resource
// per distinct path prefix, the root included. The import rejects a tree in
// which one resource has two path-parameter children, and AWS's quotas count
// the resources and authorizers of the whole API; so these checks walk the
// merged routes, never one unit's.
//
//===----------------------------------------------------------------------===//
#include "model/ApiChecks.h"

#include "model/HttpMethods.h"
#include "keys/MediaTypes.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace apigw {
namespace {

void add(Diagnostics &Diags, Severity Level, const Location &Loc, std::string Message,
         std::vector<std::pair<Location, std::string>> Notes = {}) {
  Diags.push_back({Loc, Level, std::move(Message), std::move(Notes)});
}


/// The operations in source order, so that "the first" means the first
/// written, whatever the order of the units.
std::vector<const Operation *> inSourceOrder(const std::vector<Operation> &Ops) {
  std::vector<const Operation *> Sorted;
  for (const Operation &Op : Ops)
    Sorted.push_back(&Op);
  std::stable_sort(Sorted.begin(), Sorted.end(),
                   [](const Operation *A, const Operation *B) { return A->Loc < B->Loc; });
  return Sorted;
}

/// `/a/b/c` -> `/a`, `/a/b`, `/a/b/c` with each prefix's last segment.
std::vector<std::pair<std::string, std::string>> prefixes(llvm::StringRef Path) {
  std::vector<std::pair<std::string, std::string>> Out;
  std::string Prefix;
  llvm::SmallVector<llvm::StringRef, 8> Segments;
  Path.split(Segments, '/', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Segment : Segments) {
    Prefix += "/" + Segment.str();
    Out.emplace_back(Prefix, Segment.str());
  }
  return Out;
}

/// A resource has at most one path-parameter child: `/pets/{id}` and
/// `/pets/{pet_id}` (or `{key+}` and `{name}`) cannot both exist.
void checkParameterSiblings(const std::vector<Operation> &Ops, Diagnostics &Diags) {
  struct Claim {
    std::string Segment;
    const Operation *By;
  };
  std::map<std::string, Claim> ParameterChild; // parent resource -> first claim
  std::set<std::pair<std::string, std::string>> Reported;
  for (const Operation *Op : inSourceOrder(Ops)) {
    std::string Parent = "/";
    for (const auto &[Prefix, Segment] : prefixes(Op->Path)) {
      const std::string ThisParent = std::exchange(Parent, Prefix);
      if (!llvm::StringRef(Segment).starts_with("{"))
        continue;
      auto [It, Inserted] = ParameterChild.emplace(ThisParent, Claim{Segment, Op});
      const Claim &First = It->second;
      if (Inserted || First.Segment == Segment || !Reported.insert({ThisParent, Segment}).second)
        continue;
      add(Diags, Severity::Error, Op->Loc,
          "route '" + routeName(Op->Method, Op->Path) + "' puts the path parameter '" + Segment + "' under '" +
              ThisParent + "', where route '" + routeName(First.By->Method, First.By->Path) + "' has '" +
              First.Segment + "'; an API Gateway resource has one path-parameter child, so " +
              "the import fails: spell the parameter at this position the same way in " +
              "every route (a function parameter may keep its own name with 'name=')",
          {{First.By->Loc, "route '" + routeName(First.By->Method, First.By->Path) + "' is here"}});
      break;
    }
  }
}

/// Scopes are checked by Cognito only; a Lambda authorizer decides by its
/// own answer, IAM by the caller's policy, an API key by the key.
void checkScopes(const std::optional<std::vector<SecurityRequirement>> &Security,
                 const std::map<std::string, const Authorizer *> &ById, Diagnostics &Diags) {
  if (!Security)
    return;
  for (const SecurityRequirement &Req : *Security) {
    auto It = ById.find(Req.Authorizer);
    if (Req.Scopes.empty() || It == ById.end() || It->second->Kind == AuthorizerKind::Cognito)
      continue;
    add(Diags, Severity::Error, Req.Loc,
        "authorizer '" + Req.Authorizer + "' is not a cognito authorizer, and only cognito " +
            "authorizers take scopes; write 'security=" + Req.Authorizer + "' and check " +
            "the scope where the authorizer decides (a Lambda authorizer's policy)",
        {{It->second->Loc, "authorizer '" + Req.Authorizer + "' is declared here"}});
  }
}

/// API Gateway answers `/ping` and `/sping` itself (its health checks).
void checkReservedRoots(const std::vector<Operation> &Ops, Diagnostics &Diags) {
  std::set<std::string> Reported;
  for (const Operation *Op : inSourceOrder(Ops)) {
    auto Resources = prefixes(Op->Path);
    if (Resources.empty())
      continue;
    const std::string &Root = Resources.front().first;
    if ((Root == "/ping" || Root == "/sping") && Reported.insert(Root).second)
      add(Diags, Severity::Warning, Op->Loc,
          "route '" + routeName(Op->Method, Op->Path) + "' uses the root resource '" + Root +
              "', which API Gateway reserves for its own health check: behind a custom " +
              "domain name, requests to it do not reach the integration; choose another " +
              "name, such as '/health'");
  }
}

/// Every resource the routes make, the root included, in path order.
std::set<std::string> resources(const std::vector<Operation> &Ops,
                                std::map<std::string, const Operation *> &FirstUser) {
  std::set<std::string> All = {"/"};
  for (const Operation &Op : Ops)
    for (const auto &[Prefix, Segment] : prefixes(Op.Path))
      if (All.insert(Prefix).second)
        FirstUser.emplace(Prefix, &Op);
  return All;
}

void checkResourceCount(const std::vector<Operation> &Ops, unsigned Max, Diagnostics &Diags) {
  std::map<std::string, const Operation *> FirstUser;
  std::set<std::string> All = resources(Ops, FirstUser);
  if (All.size() <= Max)
    return;
  // The resource past the quota, in path order: where the count goes over.
  const std::string &Over = *std::next(All.begin(), Max);
  const Operation &Op = *FirstUser.at(Over);
  add(Diags, Severity::Warning, Op.Loc,
      "the API has " + std::to_string(All.size()) + " resources (one per path prefix, '/' " +
          "included), more than the " + std::to_string(Max) + " API Gateway allows per " +
          "REST API; the import of '" + Over + "' (route '" + routeName(Op.Method, Op.Path) + "') fails " +
          "unless AWS raised the 'Resources per API' quota: then pass --max-resources=<quota>");
}

/// The quota counts Lambda and Cognito authorizers; IAM and API keys are not
/// authorizers to API Gateway.
void checkAuthorizerCount(const std::vector<Authorizer> &Auths, unsigned Max,
                          Diagnostics &Diags) {
  std::vector<const Authorizer *> Counted;
  for (const Authorizer &A : Auths)
    if (A.Kind != AuthorizerKind::Iam && A.Kind != AuthorizerKind::ApiKey)
      Counted.push_back(&A);
  if (Counted.size() <= Max)
    return;
  std::stable_sort(Counted.begin(), Counted.end(),
                   [](const Authorizer *A, const Authorizer *B) { return A->Loc < B->Loc; });
  add(Diags, Severity::Warning, Counted[Max]->Loc,
      "authorizer '" + Counted[Max]->Id + "' is number " + std::to_string(Max + 1) + " of " +
          std::to_string(Counted.size()) + " Lambda and Cognito authorizers; API Gateway " +
          "allows " + std::to_string(Max) + " per REST API unless AWS raised the " +
          "'Authorizers per API' quota: then pass --max-authorizers=<quota>");
}

/// API Gateway passes a binary payload through only when the api lists its
/// media type in binaryMediaTypes; otherwise it converts it to UTF-8 text.
void checkBinaryType(const std::string &MediaType, const char *What, const Operation &Op,
                     const ApiSettings *Api, Diagnostics &Diags) {
  if (MediaType.empty() || !isBinaryMediaType(MediaType))
    return;
  if (Api && isListedBinary(MediaType, Api->BinaryMediaTypes))
    return;
  std::vector<std::pair<Location, std::string>> Notes;
  if (Api)
    Notes.push_back({Api->Loc, "the api variable is here"});
  add(Diags, Severity::Warning, Op.Loc,
      "route '" + routeName(Op.Method, Op.Path) + "' has " + What + " of media type '" + MediaType +
          "', which the api's 'binary_media_types=' does not list: API Gateway will treat " +
          "the bytes as text and mangle them; add 'binary_media_types=" + MediaType +
          "' to the api variable",
      std::move(Notes));
}

} // namespace

void checkWholeApi(const ApiModel &Merged, const GatewayLimits &Limits, Diagnostics &Diags) {
  checkParameterSiblings(Merged.Operations, Diags);
  std::map<std::string, const Authorizer *> ById;
  for (const Authorizer &A : Merged.Authorizers)
    ById.emplace(A.Id, &A);
  const ApiSettings *Api = Merged.Apis.empty() ? nullptr : &Merged.Apis.front();
  for (const Operation &Op : Merged.Operations) {
    checkScopes(Op.Security, ById, Diags);
    if (!Op.Responses.empty())
      checkBinaryType(Op.Responses.front().MediaType, "a response", Op, Api, Diags);
    if (Op.Body)
      checkBinaryType(Op.Body->MediaType, "a request body", Op, Api, Diags);
  }
  if (Api)
    checkScopes(Api->Security, ById, Diags);
  checkReservedRoots(Merged.Operations, Diags);
  checkResourceCount(Merged.Operations, Limits.MaxResources, Diags);
  checkAuthorizerCount(Merged.Authorizers, Limits.MaxAuthorizers, Diags);
}

Diagnostics checkDocumentSize(const std::string &Name, std::size_t Bytes) {
  Diagnostics Diags;
  if (Bytes <= MaxImportBytes)
    return Diags;
  add(Diags, Severity::Warning, {Name, 0, 0},
      "the document is " + std::to_string(Bytes) + " bytes, more than the 6 MB (" +
          std::to_string(MaxImportBytes) + " bytes) API Gateway imports: split the API, " +
          "or make it smaller (shorter descriptions, fewer models)");
  return Diags;
}

} // namespace apigw
