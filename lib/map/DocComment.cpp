//===- DocComment.cpp -----------------------------------------------------===//
#include "map/DocComment.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>
#include <clang/AST/RawCommentList.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/ADT/StringRef.h>

namespace apigw {
namespace {

/// Where the declaration starts once its leading attributes are counted.
clang::SourceLocation startWithAttributes(const clang::Decl &D, const clang::SourceManager &SM) {
  clang::SourceLocation Start = SM.getFileLoc(D.getBeginLoc());
  for (const clang::Attr *A : D.attrs()) {
    clang::SourceLocation Loc = SM.getFileLoc(A->getLocation());
    if (Loc.isValid() && SM.isWrittenInSameFile(Loc, Start) &&
        SM.isBeforeInTranslationUnit(Loc, Start))
      Start = Loc;
  }
  return Start;
}

/// Clang attaches a doc comment only when no `{`, `}`, `;` or `#` stands
/// between it and the declaration, and a route such as `get=/pets/{pet_id}`
/// in a leading attribute always puts braces there. So, failing Clang's own
/// answer, take the doc comment that ends right before the first attribute.
const clang::RawComment *commentBeforeAttributes(const clang::Decl &D) {
  clang::ASTContext &Context = D.getASTContext();
  const clang::SourceManager &SM = Context.getSourceManager();
  const clang::SourceLocation Start = startWithAttributes(D, SM);
  if (Start.isInvalid())
    return nullptr;
  auto [File, Offset] = SM.getDecomposedLoc(Start);
  const auto *Comments = Context.Comments.getCommentsInFile(File);
  if (!Comments)
    return nullptr;
  auto It = Comments->lower_bound(Offset);
  if (It == Comments->begin())
    return nullptr;
  const clang::RawComment *Comment = std::prev(It)->second;
  if (Comment->isTrailingComment())
    return nullptr;
  const unsigned CommentEnd = SM.getDecomposedLoc(Comment->getEndLoc()).second;
  llvm::StringRef Between = SM.getBufferData(File).slice(CommentEnd, Offset);
  return Between.find_first_of(";{}#") == llvm::StringRef::npos ? Comment : nullptr;
}

} // namespace

std::string docComment(const clang::Decl &D) {
  clang::ASTContext &Context = D.getASTContext();
  const clang::RawComment *Raw = Context.getRawCommentForAnyRedecl(&D);
  for (const clang::Decl *Redecl : D.redecls())
    if (!Raw)
      Raw = commentBeforeAttributes(*Redecl);
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
