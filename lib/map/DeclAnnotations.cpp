//===- DeclAnnotations.cpp ------------------------------------------------===//
#include "map/DeclAnnotations.h"

#include "map/SourceLocations.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>

#include <algorithm>
#include <tuple>

namespace apigw {

namespace {

/// The annotations written on `D` itself, not copied from an earlier
/// redeclaration.
Annotations ownAnnotations(const clang::Decl &D) {
  const clang::SourceManager &SM = D.getASTContext().getSourceManager();
  Annotations List;
  for (const auto *Attr : D.specific_attrs<clang::AnnotateAttr>()) {
    if (Attr->isInherited())
      continue;
    KeyValue KV = splitKeyValue(Attr->getAnnotation());
    List.push_back({std::move(KV.Key), std::move(KV.Value), toLocation(SM, Attr->getLocation())});
  }
  return List;
}

/// A function's parameters are declared anew with each redeclaration, and
/// their annotations belong to it.
Annotations redeclarationAnnotations(const clang::Decl &D) {
  Annotations List = ownAnnotations(D);
  if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(&D))
    for (const clang::ParmVarDecl *P : FD->parameters()) {
      Annotations Own = ownAnnotations(*P);
      List.insert(List.end(), Own.begin(), Own.end());
    }
  return List;
}

bool isDefinition(const clang::Decl &D) {
  if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(&D))
    return FD->isThisDeclarationADefinition();
  if (const auto *Tag = llvm::dyn_cast<clang::TagDecl>(&D))
    return Tag->isThisDeclarationADefinition();
  if (const auto *VD = llvm::dyn_cast<clang::VarDecl>(&D))
    return VD->isThisDeclarationADefinition() != clang::VarDecl::DeclarationOnly;
  return false;
}

} // namespace

Annotations readAnnotations(const clang::Decl &D) {
  Annotations List;
  for (const clang::Decl *Redecl : D.redecls()) {
    Annotations Own = ownAnnotations(*Redecl);
    List.insert(List.end(), Own.begin(), Own.end());
  }
  std::stable_sort(List.begin(), List.end(),
                   [](const Annotation &A, const Annotation &B) { return A.Loc < B.Loc; });
  return List;
}

Provenance provenanceOf(const clang::Decl &D) {
  const clang::SourceManager &SM = D.getASTContext().getSourceManager();
  Provenance From;
  for (const clang::Decl *Redecl : D.redecls()) {
    Annotations Written = redeclarationAnnotations(*Redecl);
    if (Written.empty() && !isDefinition(*Redecl))
      continue;
    const Location Loc = toLocation(SM, Redecl->getLocation());
    addDeclaration(From, Loc);
    for (Annotation &A : Written)
      From.Keys.push_back({Loc, std::move(A)});
  }
  std::sort(From.Keys.begin(), From.Keys.end(), [](const Provenance::Key &A, const Provenance::Key &B) {
    return std::tie(A.Declaration, A.Written.Loc) < std::tie(B.Declaration, B.Written.Loc);
  });
  return From;
}

void addDeclaration(Provenance &From, Location Loc) {
  auto At = std::lower_bound(From.Declarations.begin(), From.Declarations.end(), Loc);
  if (At == From.Declarations.end() || *At != Loc)
    From.Declarations.insert(At, std::move(Loc));
}

bool hasKnownKey(const Annotations &List) {
  return std::any_of(List.begin(), List.end(),
                     [](const Annotation &A) { return isKnownKey(A.Key); });
}

namespace {

std::string withArticle(std::string_view Noun) {
  const bool Vowel = !Noun.empty() && std::string_view("aeiou").find(Noun.front()) != std::string_view::npos;
  return (Vowel ? "an " : "a ") + std::string(Noun);
}

/// Whether `A` has the shape its (known) key asks for: a flag or a value.
bool fitsShape(const Annotation &A) { return isFlagKey(A.Key) == !A.Value; }

/// The unknown key's error, and the annotation meant, when there is a
/// suggestion that fits: the declaration is then checked as if the user had
/// written it, as Clang's typo correction goes on with the corrected name, so
/// that one typo gives one error.
std::string unknownKey(const Annotation &A, DeclKind Kind, std::optional<Annotation> &Meant) {
  std::string Message = "unknown annotation key '" + A.Key + "'";
  auto Suggestion = suggestKey({A.Key, A.Value}, Kind);
  if (!Suggestion)
    return Message;
  KeyValue &Fix = Suggestion->Meant;
  if (Suggestion->SeparatorFixed)
    Message += "; write '" + Fix.Key + "=" + *Fix.Value + "'";
  else
    Message += "; did you mean '" + Fix.Key + "'?";
  Annotation Corrected{std::move(Fix.Key), std::move(Fix.Value), A.Loc};
  if (fitsShape(Corrected))
    Meant = std::move(Corrected);
  return Message;
}

std::optional<std::string> keyProblem(const Annotation &A, DeclKind Kind,
                                      std::optional<Annotation> &Meant) {
  if (!isKnownKey(A.Key))
    return unknownKey(A, Kind, Meant);
  if (!keyBelongsTo(A.Key, Kind))
    return "'" + A.Key + "' does not belong on " + withArticle(describe(Kind));
  if (fitsShape(A))
    return std::nullopt;
  if (A.Value)
    return "'" + A.Key + "' is a flag and takes no value";
  return "'" + A.Key + "' needs a value: '" + A.Key + "=...'";
}

} // namespace

Annotations checkKeys(const Annotations &List, DeclKind Kind, Diagnostics &Diags) {
  Annotations Passed;
  for (const Annotation &A : List) {
    std::optional<Annotation> Meant;
    if (auto Problem = keyProblem(A, Kind, Meant))
      Diags.push_back({A.Loc, Severity::Error, std::move(*Problem), {}});
    else
      Passed.push_back(A);
    if (Meant)
      Passed.push_back(std::move(*Meant));
  }
  return Passed;
}

} // namespace apigw
