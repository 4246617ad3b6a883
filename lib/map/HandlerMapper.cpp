//===- HandlerMapper.cpp --------------------------------------------------===//
#include "map/HandlerMapper.h"

#include "keys/AnnotationText.h"
#include "map/CppNames.h"
#include "map/DocComment.h"
#include "map/HandlerParameters.h"
#include "map/RouterResponses.h"
#include "model/HttpStatus.h"
#include "keys/IntegrationKeys.h"
#include "keys/MediaTypes.h"
#include "model/PathTemplate.h"
#include "integrations/Registry.h"
#include "keys/SecurityText.h"
#include "keys/Validator.h"
#include "map/SourceLocations.h"
#include "keys/Values.h"

#include <clang/AST/DeclTemplate.h>

#include <algorithm>

namespace apigw {
namespace {

constexpr std::string_view RouteKeys[] = {"get",     "put",  "post", "delete",
                                          "patch",   "head", "options", "any"};

/// What every route of a handler shares.
struct HandlerCommon {
  Operation Template;
  std::vector<HandlerParameter> Params;
};

void addDocumentation(const clang::FunctionDecl &FD, const Annotations &Keys, Operation &Op) {
  const std::string Doc = docComment(FD);
  const Annotation *Summary = findKey(Keys, "summary");
  const Annotation *Description = findKey(Keys, "description");
  if (Summary) {
    // With an explicit summary the whole comment is the description.
    Op.Summary = *Summary->Value;
    Op.Description = Description ? *Description->Value : Doc;
    return;
  }
  auto [First, Rest] = splitFirstParagraph(Doc);
  Op.Summary = First;
  Op.Description = Description ? *Description->Value : Rest;
}

void addResponses(const clang::FunctionDecl &FD, const Annotations &Keys, TypeMapper &Types,
                  Diagnostics &Diags, Operation &Op) {
  Response Success;
  const bool IsVoid = FD.getReturnType()->isVoidType();
  int Status = IsVoid ? 204 : 200;
  if (const Annotation *A = findKey(Keys, "status_code")) {
    if (auto Parsed = parseStatusCode(*A->Value))
      Status = *Parsed;
    else
      addError(Diags, A->Loc, "invalid value for 'status_code': " + llvm::toString(Parsed.takeError()));
  }
  Success.Status = std::to_string(Status);
  Success.Description = reasonPhrase(Status);
  if (!IsVoid)
    if (auto Mapped = Types.map(FD.getReturnType(), FD.getLocation(), "the return value"))
      Success.Body = std::move(Mapped->Type);
  Op.Responses.push_back(std::move(Success));
  for (const Annotation *A : findAll(Keys, "response")) {
    auto [Code, Text] = llvm::StringRef(*A->Value).split(':');
    auto Parsed = parseStatusCode(Code.trim());
    if (!Parsed) {
      addError(Diags, A->Loc, "invalid value for 'response': " + llvm::toString(Parsed.takeError()));
      continue;
    }
    std::string Description = Text.trim().str();
    Op.Responses.push_back(
        {Code.trim().str(), Description.empty() ? reasonPhrase(*Parsed) : Description, {}});
  }
}

/// An integration that answers with one fixed status (a mock): without
/// `status_code=`, that status is the success response's (a `void` health
/// check answering 200, not 204), unless a `response=` documents it already.
void adoptFixedStatus(const Annotations &Keys, const Integration &I, Operation &Op) {
  auto Status = kindOf(I).fixedStatus(I);
  if (!Status || findKey(Keys, "status_code") || Op.Responses.empty())
    return;
  const std::string Code = std::to_string(*Status);
  for (const Response &R : Op.Responses)
    if (R.Status == Code)
      return;
  Op.Responses.front().Status = Code;
  Op.Responses.front().Description = reasonPhrase(*Status);
}

void addOperationKeys(const Annotations &Keys, Diagnostics &Diags, Operation &Op) {
  for (const Annotation *A : findAll(Keys, "tags"))
    for (std::string &Tag : splitList(*A->Value))
      Op.Tags.push_back(std::move(Tag));
  Op.Deprecated = findKey(Keys, "deprecated") != nullptr;
  Op.ApiKeyRequired = findKey(Keys, "api_key_required") != nullptr;
  Op.Security = parseSecurity(Keys, Diags);
  Op.Validator = readValidator(Keys, Diags);
}

/// Where a parameter goes on a route with the path parameters `Path`.
enum class Placement { Path, Query, Header, Body };

Placement place(const HandlerParameter &P, const PathTemplate &Path, const TypeMapper &Types) {
  if (findKey(P.Keys, "body"))
    return Placement::Body;
  if (findKey(P.Keys, "path"))
    return Placement::Path;
  if (findKey(P.Keys, "header"))
    return Placement::Header;
  if (findKey(P.Keys, "query"))
    return Placement::Query;
  for (const PathParam &Segment : Path.Params)
    if (Segment.Name == P.WireName)
      return Placement::Path;
  return Types.isObjectLike(P.Type.Type) ? Placement::Body : Placement::Query;
}

bool isRequired(const HandlerParameter &P) {
  if (findKey(P.Keys, "required"))
    return true;
  return !findKey(P.Keys, "optional") && !P.Type.Optional && !P.HasDefault;
}

ParamSource sourceOf(ParamIn In) {
  switch (In) {
  case ParamIn::Path: return ParamSource::Path;
  case ParamIn::Query: return ParamSource::Query;
  case ParamIn::Header: return ParamSource::Header;
  }
  return ParamSource::Query;
}

Parameter toParameter(const HandlerParameter &P, ParamIn In) {
  Parameter Out;
  Out.Name = In == ParamIn::Header ? *findKey(P.Keys, "header")->Value : P.WireName;
  Out.In = In;
  Out.Required = In == ParamIn::Path || isRequired(P);
  Out.Type = P.Type.Type;
  // A parameter's description belongs to the parameter, not its schema.
  if (Out.Type.contains("description")) {
    Out.Description = Out.Type["description"].get<std::string>();
    Out.Type.erase("description");
  }
  Out.Loc = P.Loc;
  return Out;
}

/// `P` as the route's parameter `In`, and as the argument the handler gets
/// from it.
void addParameter(const HandlerParameter &P, ParamIn In, Operation &Op) {
  Parameter Out = toParameter(P, In);
  Op.Handler.Parameters.push_back({P.Name, P.CppType, sourceOf(In), Out.Name, P.HasDefault});
  Op.Parameters.push_back(std::move(Out));
}

/// GET, HEAD, DELETE and OPTIONS requests carry no body that clients,
/// proxies and caches reliably pass on, though API Gateway accepts one. A
/// model parameter there is most often a context parameter that lacks
/// `ignore`, and with `validate=all` every call would fail for want of the
/// body: an error, unless `body` says the body is meant (a warning). False
/// when `P` is not the body after all.
bool bodyFits(const HandlerParameter &P, const Operation &Op, const Annotation &Route,
              Diagnostics &Diags) {
  if (Op.Method != "get" && Op.Method != "head" && Op.Method != "delete" &&
      Op.Method != "options")
    return true;
  const std::string Method = llvm::StringRef(Op.Method).upper();
  const std::vector<std::pair<Location, std::string>> Notes = {
      {Route.Loc, "the route is here"}};
  if (findKey(P.Keys, "body")) {
    Diags.push_back({P.Loc, Severity::Warning,
                     "parameter '" + P.Name + "' is the request body of " + Method + " " +
                         Op.Path + ", which many clients, proxies and caches drop; "
                         "prefer post=, put= or patch=",
                     Notes});
    return true;
  }
  Diags.push_back({P.Loc, Severity::Error,
                   "parameter '" + P.Name + "' would be the request body of " + Method + " " +
                       Op.Path + ", which has none; mark it 'ignore' if it is a context "
                       "parameter, 'body' if the route does take one, or use post=, put= or "
                       "patch=",
                   Notes});
  return false;
}

/// "; did you mean 'customer_id'? ..." when a parameter's name is close to a
/// path segment that nothing binds.
std::string parameterHint(const HandlerCommon &Common, const std::string &Segment) {
  std::vector<std::string> Names;
  for (const HandlerParameter &P : Common.Params)
    if (!P.NotInApi && !findKey(P.Keys, "name"))
      Names.push_back(P.Name);
  auto Close = closestName(Segment, Names);
  if (!Close)
    return "";
  return "; did you mean '" + *Close + "'? rename it, or give it 'name=" + Segment + "'";
}

void placeParameters(const HandlerCommon &Common, const PathTemplate &Path,
                     const Annotation &Route, const TypeMapper &Types, Diagnostics &Diags,
                     Operation &Op) {
  const HandlerParameter *Body = nullptr;
  std::vector<std::string> Bound;
  for (const HandlerParameter &P : Common.Params) {
    if (P.NotInApi) {
      Op.Handler.Parameters.push_back({P.Name, P.CppType, *P.NotInApi, "", P.HasDefault});
      continue;
    }
    switch (place(P, Path, Types)) {
    case Placement::Body:
      if (Body) {
        Diags.push_back({P.Loc, Severity::Error,
                         "handler has two request bodies, '" + Body->Name + "' and '" + P.Name +
                             "'; mark one 'query', 'header=...' or 'ignore'",
                         {{Body->Loc, "first body parameter is here"}}});
        continue;
      }
      if (!bodyFits(P, Op, Route, Diags))
        continue;
      Body = &P;
      Op.Body = RequestBody{P.Type.Type, isRequired(P), ""};
      Op.Handler.Parameters.push_back({P.Name, P.CppType, ParamSource::Body, "", P.HasDefault});
      break;
    case Placement::Path: {
      auto Segment = std::find_if(Path.Params.begin(), Path.Params.end(),
                                  [&](const PathParam &S) { return S.Name == P.WireName; });
      if (Segment == Path.Params.end()) {
        addError(Diags, P.Loc, "parameter '" + P.Name + "' is a path parameter but '" + Path.Text +
                                "' has no '{" + P.WireName + "}' segment");
        continue;
      }
      Bound.push_back(P.WireName);
      addParameter(P, ParamIn::Path, Op);
      break;
    }
    case Placement::Header:
      addParameter(P, ParamIn::Header, Op);
      break;
    case Placement::Query:
      if (Types.isObjectLike(P.Type.Type)) {
        addError(Diags, P.Loc, "query parameter '" + P.Name +
                                "' is an object; mark it 'body', or use a scalar type");
        continue;
      }
      addParameter(P, ParamIn::Query, Op);
      break;
    }
  }
  for (const PathParam &Segment : Path.Params)
    if (std::find(Bound.begin(), Bound.end(), Segment.Name) == Bound.end())
      addError(Diags, Route.Loc, "path segment '{" + Segment.Name + (Segment.Greedy ? "+" : "") +
                                  "}' of '" + Path.Text + "' has no function parameter named '" +
                                  Segment.Name + "'" + parameterHint(Common, Segment.Name));
}

std::string operationId(const clang::FunctionDecl &FD, const Annotations &Keys, size_t Index) {
  const Annotation *Explicit = findKey(Keys, "operation_id");
  std::string Id = Explicit ? *Explicit->Value : FD.getNameAsString();
  // Each route of a multi-route handler needs its own id.
  return Index == 0 ? Id : Id + "_" + std::to_string(Index + 1);
}

/// What kind of template `FD` is: none for an ordinary function (a member
/// of an explicitly specialised class template is one: its types are known).
std::optional<std::string> templateKind(const clang::FunctionDecl &FD) {
  if (const clang::FunctionTemplateDecl *Template = FD.getDescribedFunctionTemplate()) {
    // `auto` parameters invent the template parameters of an abbreviated
    // function template.
    const bool Abbreviated = llvm::any_of(*Template->getTemplateParameters(),
                                          [](const clang::NamedDecl *P) { return P->isImplicit(); });
    return Abbreviated ? "an abbreviated function template ('auto' parameters)"
                       : "a function template";
  }
  if (FD.isTemplated())
    return "declared inside a class template";
  return std::nullopt;
}

/// What every route of `FD` shares of the call generated code makes; the
/// parameters come with each route's placement.
HandlerSignature handlerSignature(const clang::FunctionDecl &FD) {
  HandlerSignature Handler;
  Handler.Name = cppQualifiedName(FD);
  Handler.ReturnType = cppTypeName(FD.getASTContext(), FD.getReturnType());
  // The first declaration outside the main file, in the order they appear,
  // so every unit that sees it picks the same.
  std::vector<const clang::FunctionDecl *> InOrder;
  for (const clang::FunctionDecl *D = FD.getMostRecentDecl(); D; D = D->getPreviousDecl())
    InOrder.insert(InOrder.begin(), D);
  for (const clang::FunctionDecl *D : InOrder) {
    Handler.Header = includableFile(*D);
    if (!Handler.Header.empty())
      break;
  }
  return Handler;
}

} // namespace

std::optional<std::string> whyNotAHandler(const clang::FunctionDecl &FD) {
  auto Kind = templateKind(FD);
  if (!Kind)
    return std::nullopt;
  return "function '" + FD.getNameAsString() + "' is " + *Kind +
         "; a handler must be a non-template function (its types are not known until it "
         "is instantiated)";
}

bool isRouteKey(std::string_view Key) {
  return std::find(std::begin(RouteKeys), std::end(RouteKeys), Key) != std::end(RouteKeys);
}

std::vector<Operation> mapHandler(const clang::FunctionDecl &FD, const Annotations &Keys,
                                  TypeMapper &Types, Diagnostics &Diags) {
  const clang::SourceManager &SM = FD.getASTContext().getSourceManager();
  const Location Loc = toLocation(SM, FD.getLocation());
  const std::string Name = FD.getNameAsString();
  auto Target = mapIntegration(Keys, Loc, Name, Diags);
  HandlerCommon Common;
  Operation &Template = Common.Template;
  Template.Loc = Loc;
  Template.Handler = handlerSignature(FD);
  addDocumentation(FD, Keys, Template);
  addOperationKeys(Keys, Diags, Template);
  addResponses(FD, Keys, Types, Diags, Template);
  Common.Params = mapHandlerParameters(FD, Types, Diags);
  if (!Target)
    return {};
  adoptFixedStatus(Keys, *Target, Template);
  Template.Target = std::move(*Target);

  std::vector<Operation> Operations;
  for (const Annotation &Route : Keys) {
    if (!isRouteKey(Route.Key))
      continue;
    auto Path = parsePath(*Route.Value);
    if (!Path) {
      addError(Diags, Route.Loc, "invalid path '" + *Route.Value + "': " +
                                  llvm::toString(Path.takeError()));
      continue;
    }
    Operation Op = Template;
    Op.Method = Route.Key;
    Op.Path = Path->Text;
    Op.OperationId = operationId(FD, Keys, Operations.size());
    placeParameters(Common, *Path, Route, Types, Diags, Op);
    applyContentTypes(Keys, Op, Diags);
    checkIntegrationForRoute(Op, *Path, Keys, Route.Loc, Diags);
    addRouterResponses(Op);
    Operations.push_back(std::move(Op));
  }
  return Operations;
}

} // namespace apigw
