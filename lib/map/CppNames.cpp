//===- CppNames.cpp -------------------------------------------------------===//
#include "map/CppNames.h"

#include "map/SourceLocations.h"

#include <clang/AST/QualTypeNames.h>

namespace apigw {
namespace {

/// One policy for every spelling, so that a type reads the same wherever it
/// is printed.
clang::PrintingPolicy spellingPolicy(const clang::ASTContext &Context) {
  clang::PrintingPolicy Policy(Context.getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.SuppressInlineNamespace = true;
  Policy.SuppressUnwrittenScope = true;
  return Policy;
}

} // namespace

std::string cppTypeName(const clang::ASTContext &Context, clang::QualType T) {
  return clang::TypeName::getFullyQualifiedName(T, Context, spellingPolicy(Context),
                                                /*WithGlobalNsPrefix=*/false);
}

std::string cppQualifiedName(const clang::NamedDecl &D) {
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  D.printQualifiedName(OS, spellingPolicy(D.getASTContext()));
  return Name;
}

std::string includableFile(const clang::Decl &D) {
  const clang::SourceManager &SM = D.getASTContext().getSourceManager();
  const clang::SourceLocation Loc = SM.getFileLoc(D.getLocation());
  if (Loc.isInvalid() || SM.isWrittenInMainFile(Loc))
    return "";
  return toLocation(SM, Loc).File;
}

} // namespace apigw
