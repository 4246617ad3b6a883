//===- HandlerParameters.cpp ----------------------------------------------===//
#include "map/HandlerParameters.h"

#include "keys/Constraints.h"
#include "map/CppNames.h"
#include "map/DeclAnnotations.h"
#include "map/ModelNames.h"
#include "map/SourceLocations.h"

#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>

namespace apigw {
namespace {

const clang::StringLiteral *findStringLiteral(const clang::Stmt *S) {
  if (!S)
    return nullptr;
  if (const auto *Literal = llvm::dyn_cast<clang::StringLiteral>(S))
    return Literal;
  for (const clang::Stmt *Child : S->children())
    if (const auto *Literal = findStringLiteral(Child))
      return Literal;
  return nullptr;
}

/// The JSON value of a default argument: a constant the compiler evaluates
/// (numbers, booleans), a string literal (also inside a std::string
/// construction), or an enumerator's name.
std::optional<nlohmann::json> defaultValue(const clang::Expr &E, const clang::ASTContext &Ctx,
                                           const TypeMapper &Types) {
  const clang::Expr *Bare = E.IgnoreImplicit();
  if (const auto *Ref = llvm::dyn_cast<clang::DeclRefExpr>(Bare))
    if (const auto *C = llvm::dyn_cast<clang::EnumConstantDecl>(Ref->getDecl()))
      return Types.wireValue(*C);
  if (const auto *Literal = findStringLiteral(Bare))
    if (Literal->isOrdinary() || Literal->isUTF8())
      return Literal->getString().str();
  if (E.isValueDependent() || E.isTypeDependent())
    return std::nullopt;
  clang::Expr::EvalResult Result;
  if (!E.EvaluateAsRValue(Result, Ctx) || !Result.Val.isInt() && !Result.Val.isFloat())
    return std::nullopt;
  if (Result.Val.isFloat())
    return Result.Val.getFloat().convertToDouble();
  if (E.getType()->isBooleanType())
    return Result.Val.getInt().getBoolValue();
  return Result.Val.getInt().getSExtValue();
}

/// The annotations of parameter `Index` over every declaration of `FD`:
/// Clang copies attributes forward to later redeclarations only, so a
/// definition annotated after a plain declaration must be read too.
Annotations parameterAnnotations(const clang::FunctionDecl &FD, unsigned Index) {
  Annotations All;
  for (const clang::FunctionDecl *Redecl : FD.redecls())
    if (Index < Redecl->getNumParams()) {
      Annotations Own = readAnnotations(*Redecl->getParamDecl(Index));
      All.insert(All.end(), Own.begin(), Own.end());
    }
  std::sort(All.begin(), All.end(),
            [](const Annotation &A, const Annotation &B) { return A.Loc < B.Loc; });
  return All;
}

/// A declaration may leave a parameter unnamed (`Pet get(int);`) while the
/// definition names it.
std::string parameterName(const clang::FunctionDecl &FD, unsigned Index) {
  for (const clang::FunctionDecl *Redecl : FD.redecls())
    if (Index < Redecl->getNumParams() && !Redecl->getParamDecl(Index)->getName().empty())
      return Redecl->getParamDecl(Index)->getNameAsString();
  return "";
}

/// `apigw::RequestContext` (the runtime's view of the request) or
/// `apigw::Response` (the status and headers a handler chooses), by value,
/// reference or const: the runtime fills them (runtime/include/apigw/context.hpp).
bool isRuntimeParameter(clang::QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  const std::string Name = qualifiedName(*RD);
  return Name == "apigw::RequestContext" || Name == "apigw::Response";
}

/// The runtime fills a context parameter, so a key that places or describes
/// a parameter of the request would promise what no request can change.
void checkContextKeys(const Annotations &Keys, Diagnostics &Diags) {
  if (!hasKnownKey(Keys))
    return; // Another tool's annotations.
  for (const Annotation &A : Keys)
    if (A.Key != "ignore")
      Diags.push_back({A.Loc, Severity::Error,
                       "'" + A.Key + "' does not apply to an apigw::RequestContext or apigw::Response parameter: "
                       "the runtime fills it, not the request",
                       {}});
}

} // namespace

std::vector<HandlerParameter> mapHandlerParameters(const clang::FunctionDecl &FD,
                                                   TypeMapper &Types, Diagnostics &Diags) {
  const clang::ASTContext &Ctx = FD.getASTContext();
  std::vector<HandlerParameter> Params;
  for (const clang::ParmVarDecl *P : FD.parameters()) {
    Annotations Keys = parameterAnnotations(FD, P->getFunctionScopeIndex());
    if (hasKnownKey(Keys))
      Keys = checkKeys(Keys, DeclKind::Parameter, Diags);
    HandlerParameter Param;
    Param.Name = parameterName(FD, P->getFunctionScopeIndex());
    Param.CppType = cppTypeName(Ctx, P->getType());
    Param.Loc = toLocation(Ctx.getSourceManager(), P->getLocation());
    if (isRuntimeParameter(P->getType())) {
      Param.NotInApi = ParamSource::Context;
      checkContextKeys(Keys, Diags);
    } else if (findKey(Keys, "ignore"))
      Param.NotInApi = ParamSource::Ignored;
    if (Param.NotInApi) {
      Param.HasDefault = P->hasDefaultArg();
      Params.push_back(std::move(Param));
      continue;
    }
    if (Param.Name.empty()) {
      Diags.push_back({Param.Loc, Severity::Error,
                       "a handler parameter needs a name, or 'ignore'", {}});
      continue;
    }
    const Annotation *Wire = findKey(Keys, "name");
    Param.WireName = Wire ? *Wire->Value : Param.Name;
    auto Mapped = Types.map(P->getType(), P->getLocation(), "parameter '" + Param.Name + "'");
    if (!Mapped)
      continue;
    Param.Type = std::move(*Mapped);
    if (const clang::Expr *Default = P->getDefaultArg()) {
      Param.HasDefault = true;
      if (auto Value = defaultValue(*Default, Ctx, Types))
        Param.Type.Type["default"] = std::move(*Value);
    }
    applyConstraints(Param.Type.Type, Keys, Diags);
    Param.Keys = std::move(Keys);
    Params.push_back(std::move(Param));
  }
  return Params;
}

} // namespace apigw
