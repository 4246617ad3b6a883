//===- Prescan.h - Can this translation unit contribute anything? ---------===//
#pragma once

#include <clang/Frontend/FrontendAction.h>
#include <clang/Frontend/Utils.h>

#include <string>
#include <vector>

namespace apigw {

/// Preprocesses a unit, without parsing it, looking for an `annotate` token
/// after macro expansion: our macros, a team's own macros (wherever they are
/// defined), raw `[[clang::annotate]]` / `__attribute__((annotate))` and
/// `#pragma clang attribute push(...annotate...)` all produce one, while a
/// unit that has none cannot declare a route, model use, authorizer or api.
/// A unit that uses a precompiled header or imports a module counts as
/// annotated: what those declare is never lexed here.
/// Preprocessing costs a small part of parsing, and most units of a service
/// hold no annotations at all.
class PrescanAction : public clang::PreprocessorFrontendAction {
public:
  PrescanAction(bool &FoundAnnotation, std::vector<std::string> &Dependencies)
      : FoundAnnotation(FoundAnnotation), Dependencies(Dependencies) {}

protected:
  bool BeginInvocation(clang::CompilerInstance &CI) override;
  void ExecuteAction() override;
  void EndSourceFileAction() override;

private:
  bool &FoundAnnotation;
  std::vector<std::string> &Dependencies;
  std::shared_ptr<clang::DependencyCollector> Collector;
};

/// Records the user files (not system headers) a unit reads, for depfiles.
std::shared_ptr<clang::DependencyCollector> collectDependencies(clang::CompilerInstance &CI);

/// The sorted file list of `Collector`, once the unit has been processed, as
/// absolute paths: a unit parsed over a precompiled preamble learns its
/// headers' names from the preamble, which records them absolute.
std::vector<std::string> dependencyList(clang::DependencyCollector &Collector,
                                        llvm::vfs::FileSystem &FS);

} // namespace apigw
