//===- Prescan.cpp --------------------------------------------------------===//
#include "scan/Prescan.h"

#include "map/SourceLocations.h"

#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/Utils.h>
#include <clang/Lex/Pragma.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Lex/PreprocessorOptions.h>

#include <algorithm>

namespace apigw {

std::shared_ptr<clang::DependencyCollector> collectDependencies(clang::CompilerInstance &CI) {
  auto Collector = std::make_shared<clang::DependencyCollector>();
  CI.addDependencyCollector(Collector);
  return Collector;
}

std::vector<std::string> dependencyList(clang::DependencyCollector &Collector,
                                        llvm::vfs::FileSystem &FS) {
  std::vector<std::string> Files;
  for (const std::string &File : Collector.getDependencies())
    Files.push_back(absolutePath(FS, File));
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  return Files;
}

namespace {

/// `#pragma clang attribute push(__attribute__((annotate("get=/x"))), ...)`
/// (or its `_Pragma` form) annotates the declarations that follow, and
/// without the parser nothing reads the pragma: the preprocessor alone
/// would drop it unseen. Its tokens are macro-expanded, as the parser's
/// handler reads them.
class AttributePragmaFinder : public clang::PragmaHandler {
public:
  explicit AttributePragmaFinder(bool &FoundAnnotation)
      : PragmaHandler("attribute"), FoundAnnotation(FoundAnnotation) {}

  void HandlePragma(clang::Preprocessor &PP, clang::PragmaIntroducer,
                    clang::Token &) override {
    const clang::IdentifierInfo *Annotate = PP.getIdentifierInfo("annotate");
    clang::Token Tok;
    for (PP.Lex(Tok); Tok.isNot(clang::tok::eod) && Tok.isNot(clang::tok::eof); PP.Lex(Tok))
      FoundAnnotation = FoundAnnotation || Tok.getIdentifierInfo() == Annotate;
  }

private:
  bool &FoundAnnotation;
};

/// Declarations that come from a precompiled header or a module were
/// never lexed here: they may be annotated.
bool declaresUnseen(const clang::Token &Tok, const clang::IdentifierInfo *Import) {
  return Tok.isOneOf(clang::tok::annot_module_include, clang::tok::annot_module_begin,
                     clang::tok::annot_header_unit) ||
         Tok.getIdentifierInfo() == Import;
}

} // namespace

bool PrescanAction::BeginInvocation(clang::CompilerInstance &CI) {
  Collector = collectDependencies(CI);
  return true;
}

void PrescanAction::ExecuteAction() {
  clang::CompilerInstance &CI = getCompilerInstance();
  clang::Preprocessor &PP = CI.getPreprocessor();
  const clang::IdentifierInfo *Annotate = PP.getIdentifierInfo("annotate");
  const clang::IdentifierInfo *Import = PP.getIdentifierInfo("import");
  FoundAnnotation = !CI.getPreprocessorOpts().ImplicitPCHInclude.empty();
  PP.AddPragmaHandler("clang", new AttributePragmaFinder(FoundAnnotation));
  PP.EnterMainSourceFile();
  clang::Token Tok;
  // Stop at the first find: the full parse that follows lists the
  // dependencies again, completely.
  while (!FoundAnnotation) {
    PP.Lex(Tok);
    if (Tok.is(clang::tok::eof))
      break;
    // The pragma handler may have set it while this token was lexed.
    if (Tok.getIdentifierInfo() == Annotate || declaresUnseen(Tok, Import))
      FoundAnnotation = true;
  }
}

void PrescanAction::EndSourceFileAction() {
  Dependencies = dependencyList(*Collector, getCompilerInstance().getVirtualFileSystem());
}

} // namespace apigw
