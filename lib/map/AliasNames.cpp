//===- AliasNames.cpp -----------------------------------------------------===//
#include "map/AliasNames.h"

#include "map/DeclAnnotations.h"
#include "map/ModelNames.h"

#include <clang/AST/DeclTemplate.h>

namespace apigw {

void AliasNames::add(const clang::TypedefNameDecl &Alias, Diagnostics &Diags) {
  Annotations Keys = readAnnotations(Alias);
  if (!hasKnownKey(Keys))
    return;
  Keys = checkKeys(Keys, DeclKind::Alias, Diags);
  const Annotation *Name = findKey(Keys, "name");
  if (!Name)
    return;
  clang::ASTContext &Context = Alias.getASTContext();
  const clang::QualType Target = Alias.getUnderlyingType().getCanonicalType();
  const auto *Spec =
      llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(Target->getAsCXXRecordDecl());
  if (!Spec || Spec->isInStdNamespace()) {
    Diags.push_back({Name->Loc, Severity::Error,
                     "'name=' on type alias '" + Alias.getNameAsString() +
                         "' names a class template specialisation's schema, and '" +
                         Target.getAsString(Context.getPrintingPolicy()) +
                         "' is not one; put 'name=' on the type itself",
                     {}});
    return;
  }
  const std::string Id = modelId(Context, Target);
  auto [Known, Inserted] = ByModelId.try_emplace(Id, Named{*Name->Value, Name->Loc});
  if (!Inserted && Known->second.Name != *Name->Value)
    Diags.push_back({Name->Loc, Severity::Error,
                     "type alias '" + Alias.getNameAsString() + "' gives '" + Id +
                         "' the schema name '" + *Name->Value + "', but another alias gives it '" +
                         Known->second.Name + "'",
                     {{Known->second.Loc, "the other name is given here"}}});
}

void AliasNames::apply(std::vector<Model> &Models) const {
  for (Model &M : Models)
    if (auto Named = ByModelId.find(M.Id); Named != ByModelId.end())
      M.ExplicitName = Named->second.Name;
}

} // namespace apigw
