//===- DocComment.cpp -----------------------------------------------------===//
#include "DocComment.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/RawCommentList.h>
#include <llvm/ADT/StringRef.h>

namespace apigw {

std::string docComment(const clang::Decl &D) {
  clang::ASTContext &Context = D.getASTContext();
  const clang::RawComment *Raw = Context.getRawCommentForAnyRedecl(&D);
  if (!Raw)
    return "";
  return Raw->getFormattedText(Context.getSourceManager(), Context.getDiagnostics());
}

std::pair<std::string, std::string> splitFirstParagraph(const std::string &Text) {
  llvm::StringRef All = llvm::StringRef(Text).trim();
  auto [First, Rest] = All.split("\n\n");
  std::string Summary = First.trim().str();
  // One paragraph may span lines; a summary reads as one line.
  std::replace(Summary.begin(), Summary.end(), '\n', ' ');
  return {Summary, Rest.trim().str()};
}

} // namespace apigw
