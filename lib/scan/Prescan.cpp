//===- Prescan.cpp --------------------------------------------------------===//
#include "Prescan.h"

#include "SourceLocations.h"

#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/Utils.h>
#include <clang/Lex/Preprocessor.h>

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

bool PrescanAction::BeginInvocation(clang::CompilerInstance &CI) {
  Collector = collectDependencies(CI);
  return true;
}

void PrescanAction::ExecuteAction() {
  clang::Preprocessor &PP = getCompilerInstance().getPreprocessor();
  const clang::IdentifierInfo *Annotate = PP.getIdentifierInfo("annotate");
  PP.EnterMainSourceFile();
  clang::Token Tok;
  // Stop at the first find: the full parse that follows lists the
  // dependencies again, completely.
  do {
    PP.Lex(Tok);
    FoundAnnotation = Tok.getIdentifierInfo() == Annotate;
  } while (!FoundAnnotation && Tok.isNot(clang::tok::eof));
}

void PrescanAction::EndSourceFileAction() {
  Dependencies = dependencyList(*Collector, getCompilerInstance().getVirtualFileSystem());
}

} // namespace apigw
