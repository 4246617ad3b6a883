//===- DeclAnnotations.cpp ------------------------------------------------===//
#include "DeclAnnotations.h"

#include "SourceLocations.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>

namespace apigw {

Annotations readAnnotations(const clang::Decl &D) {
  const clang::SourceManager &SM = D.getASTContext().getSourceManager();
  Annotations List;
  for (const clang::Decl *Redecl : D.redecls())
    for (const auto *Attr : Redecl->specific_attrs<clang::AnnotateAttr>()) {
      if (Attr->isInherited())
        continue;
      KeyValue KV = splitKeyValue(Attr->getAnnotation());
      List.push_back({std::move(KV.Key), std::move(KV.Value),
                      toLocation(SM, Attr->getLocation())});
    }
  std::stable_sort(List.begin(), List.end(),
                   [](const Annotation &A, const Annotation &B) { return A.Loc < B.Loc; });
  return List;
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

std::optional<std::string> keyProblem(const Annotation &A, DeclKind Kind) {
  if (!isKnownKey(A.Key)) {
    std::string Message = "unknown annotation key '" + A.Key + "'";
    if (auto Close = closestKey(A.Key, Kind))
      Message += "; did you mean '" + *Close + "'?";
    return Message;
  }
  if (!keyBelongsTo(A.Key, Kind))
    return "'" + A.Key + "' does not belong on " + withArticle(describe(Kind));
  if (isFlagKey(A.Key) && A.Value)
    return "'" + A.Key + "' is a flag and takes no value";
  if (!isFlagKey(A.Key) && !A.Value)
    return "'" + A.Key + "' needs a value: '" + A.Key + "=...'";
  return std::nullopt;
}

} // namespace

Annotations checkKeys(const Annotations &List, DeclKind Kind, Diagnostics &Diags) {
  Annotations Passed;
  for (const Annotation &A : List) {
    if (auto Problem = keyProblem(A, Kind))
      Diags.push_back({A.Loc, Severity::Error, std::move(*Problem), {}});
    else
      Passed.push_back(A);
  }
  return Passed;
}

} // namespace apigw
