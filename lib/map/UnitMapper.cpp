//===- UnitMapper.cpp -----------------------------------------------------===//
#include "map/UnitMapper.h"

#include "map/AliasNames.h"
#include "keys/AuthorizerKeys.h"
#include "map/DeclAnnotations.h"
#include "map/DocComment.h"
#include "map/HandlerMapper.h"
#include "map/SourceLocations.h"

#include <clang/AST/RecursiveASTVisitor.h>

namespace apigw {
namespace {

/// Finds declarations; mapping them is someone else's job. Each Visit* hands
/// off in one line.
class AnnotatedDeclFinder : public clang::RecursiveASTVisitor<AnnotatedDeclFinder> {
public:
  AnnotatedDeclFinder(clang::Sema &S, const EnumSerializations &Serializations,
                      bool WalkPreamble, ApiModel &Unit, Diagnostics &Diags)
      : Context(S.getASTContext()), WalkPreamble(WalkPreamble), Unit(Unit), Diags(Diags),
        Types(S, Serializations, Unit.Models, Diags) {}

  bool shouldVisitTemplateInstantiations() const { return false; }

  bool TraverseDecl(clang::Decl *D) {
    if (D && !WalkPreamble && D->isFromASTFile())
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  // A declaration chain is mapped once, from its first declaration, whose
  // location names it, at the first declaration the walk meets.
  bool VisitFunctionDecl(clang::FunctionDecl *FD) {
    if (firstMet(*FD))
      mapFunction(*FD->getFirstDecl());
    return true;
  }

  bool VisitVarDecl(clang::VarDecl *VD) {
    if (firstMet(*VD) && !llvm::isa<clang::ParmVarDecl>(VD))
      mapVariable(*VD->getFirstDecl());
    return true;
  }

  bool VisitTypedefNameDecl(clang::TypedefNameDecl *TD) {
    if (firstMet(*TD))
      Aliases.add(*TD->getFirstDecl(), Diags);
    return true;
  }

  /// After the walk, when every alias is known.
  void nameSpecialisations() { Aliases.apply(Unit.Models); }

private:
  /// Without `WalkPreamble`, the declarations before `D` may all lie in the
  /// preamble, where the walk does not go.
  bool firstMet(const clang::Decl &D) const {
    const clang::Decl *Previous = D.getPreviousDecl();
    return !Previous || (!WalkPreamble && Previous->isFromASTFile());
  }

  Location locationOf(const clang::Decl &D) const {
    return toLocation(Context.getSourceManager(), D.getLocation());
  }

  void mapFunction(const clang::FunctionDecl &FD) {
    Annotations Keys = readAnnotations(FD);
    if (!hasKnownKey(Keys))
      return;
    if (std::optional<std::string> Why = whyNotAHandler(FD)) {
      Diags.push_back({locationOf(FD), Severity::Error, std::move(*Why), {}});
      return;
    }
    // `get:/orders` or `gte=/orders` next to known keys is a handler with a
    // slip in its route key, which checkKeys reports.
    const bool IsHandler = std::any_of(Keys.begin(), Keys.end(), [](const Annotation &A) {
      if (isRouteKey(A.Key))
        return true;
      auto Meant = suggestKey({A.Key, A.Value}, DeclKind::Handler);
      return !isKnownKey(A.Key) && Meant && isRouteKey(Meant->Meant.Key);
    });
    if (!IsHandler) {
      Diags.push_back({locationOf(FD), Severity::Error,
                       "function '" + FD.getNameAsString() +
                           "' has clang-apigw annotations but no route key (get=, post=, ...)",
                       {}});
      return;
    }
    Keys = checkKeys(Keys, DeclKind::Handler, Diags);
    const Provenance From = provenanceOf(FD);
    for (Operation &Op : mapHandler(FD, Keys, Types, Diags)) {
      Op.From = From;
      Unit.Operations.push_back(std::move(Op));
    }
  }

  void mapVariable(const clang::VarDecl &VD) {
    Annotations Keys = readAnnotations(VD);
    if (!hasKnownKey(Keys))
      return;
    const Location Loc = locationOf(VD);
    if (findKey(Keys, "authorizer")) {
      Keys = checkKeys(Keys, DeclKind::Authorizer, Diags);
      if (auto Auth = mapAuthorizer(Keys, VD.getNameAsString(), Loc, Diags)) {
        Auth->From = provenanceOf(VD);
        Unit.Authorizers.push_back(std::move(*Auth));
      }
    } else if (findKey(Keys, "api")) {
      Keys = checkKeys(Keys, DeclKind::Api, Diags);
      ApiSettings Api = mapApiSettings(Keys, Loc, Diags);
      // The whole comment: the API has no summary to split off.
      if (!findKey(Keys, "description"))
        Api.Description = docComment(VD);
      Api.From = provenanceOf(VD);
      Unit.Apis.push_back(std::move(Api));
    } else {
      Diags.push_back({Loc, Severity::Error,
                       "variable '" + VD.getNameAsString() +
                           "' has clang-apigw annotations but is neither an 'authorizer=' nor "
                           "the 'api' variable",
                       {}});
    }
  }

  clang::ASTContext &Context;
  bool WalkPreamble;
  ApiModel &Unit;
  Diagnostics &Diags;
  TypeMapper Types;
  AliasNames Aliases;
};

} // namespace

void mapTranslationUnit(clang::Sema &S, const EnumSerializations &Serializations,
                        bool WalkPreamble, ApiModel &Unit, Diagnostics &Diags) {
  AnnotatedDeclFinder Finder(S, Serializations, WalkPreamble, Unit, Diags);
  Finder.TraverseDecl(S.getASTContext().getTranslationUnitDecl());
  Finder.nameSpecialisations();
}

} // namespace apigw
