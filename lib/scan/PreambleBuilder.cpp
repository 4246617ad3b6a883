//===- PreambleBuilder.cpp ------------------------------------------------===//
#include "scan/PreambleBuilder.h"

#include "map/SourceLocations.h"

#include <clang/AST/Attr.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendActions.h>
#include <clang/Frontend/MultiplexConsumer.h>
#include <clang/Frontend/TextDiagnosticBuffer.h>
#include <clang/Frontend/Utils.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/FileSystem.h>

namespace apigw {
namespace {

/// Every file the preamble reads, system headers too: when any of them
/// changes, Clang refuses the PCH.
class EveryFile : public clang::DependencyCollector {
  bool needSystemDependencies() override { return true; }
};

/// Whether any function, variable or type alias carries an annotate
/// attribute: what the scan's walk looks for.
class AnnotatedDeclSeeker : public clang::RecursiveASTVisitor<AnnotatedDeclSeeker> {
public:
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool VisitFunctionDecl(clang::FunctionDecl *FD) { return !see(*FD); }
  bool VisitVarDecl(clang::VarDecl *VD) { return llvm::isa<clang::ParmVarDecl>(VD) || !see(*VD); }
  bool VisitTypedefNameDecl(clang::TypedefNameDecl *TD) { return !see(*TD); }
  bool Found = false;

private:
  bool see(const clang::Decl &D) { return Found = D.hasAttr<clang::AnnotateAttr>(); }
};

class SeekingConsumer : public clang::ASTConsumer {
public:
  explicit SeekingConsumer(bool &Found) : Found(Found) {}
  void HandleTranslationUnit(clang::ASTContext &Context) override {
    AnnotatedDeclSeeker Seeker;
    Seeker.TraverseDecl(Context.getTranslationUnitDecl());
    Found = Seeker.Found;
  }

private:
  bool &Found;
};

/// Clang's own PCH generation, plus what the scan of a unit over the PCH
/// cannot learn from it: the enum tables and whether its headers hold
/// annotated declarations.
class PreambleAction : public clang::GeneratePCHAction {
public:
  PreambleAction(std::string PchFile, PreambleFacts &Facts)
      : PchFile(std::move(PchFile)), Facts(Facts) {}

  bool BeginInvocation(clang::CompilerInstance &CI) override {
    // Not even "1 error generated.": the unit's own parse reports.
    CI.setVerboseOutputStream(std::make_unique<llvm::raw_null_ostream>());
    CI.getFrontendOpts().OutputFile = PchFile;
    // The same declarations the scan sees: it skips bodies too.
    CI.getFrontendOpts().SkipFunctionBodies = true;
    CI.addDependencyCollector(Files);
    return GeneratePCHAction::BeginInvocation(CI);
  }

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &CI,
                                                        llvm::StringRef InFile) override {
    Serializations.attach(CI.getPreprocessor());
    std::vector<std::unique_ptr<clang::ASTConsumer>> Consumers;
    Consumers.push_back(std::make_unique<SeekingConsumer>(Facts.DeclaresAnnotated));
    Consumers.push_back(GeneratePCHAction::CreateASTConsumer(CI, InFile));
    if (!Consumers.back())
      return nullptr;
    return std::make_unique<clang::MultiplexConsumer>(std::move(Consumers));
  }

  void EndSourceFileAction() override {
    GeneratePCHAction::EndSourceFileAction();
    Facts.EnumTables = Serializations.tables();
    llvm::vfs::FileSystem &FS = getCompilerInstance().getVirtualFileSystem();
    for (const std::string &File : Files->getDependencies())
      Facts.Inputs.push_back({absolutePath(FS, File), 0, 0});
  }

private:
  std::string PchFile;
  PreambleFacts &Facts;
  EnumSerializations Serializations;
  std::shared_ptr<EveryFile> Files = std::make_shared<EveryFile>();
};

std::optional<FileStamp> stamp(const std::string &Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status))
    return std::nullopt;
  return FileStamp{Path, Status.getSize(),
                   Status.getLastModificationTime().time_since_epoch().count()};
}

} // namespace

std::optional<PreambleFacts> precompilePreamble(const std::vector<std::string> &Args,
                                                clang::FileManager &Files,
                                                const std::string &PchFile) {
  PreambleFacts Facts;
  // Its diagnostics are not the user's concern: a preamble that does not
  // compile alone is simply not shared, and the unit's own parse reports.
  clang::TextDiagnosticBuffer Quiet;
  clang::tooling::ToolInvocation Invocation(Args, std::make_unique<PreambleAction>(PchFile, Facts),
                                            &Files);
  Invocation.setDiagnosticConsumer(&Quiet);
  if (!Invocation.run())
    return std::nullopt;
  for (FileStamp &Input : Facts.Inputs) {
    auto Now = stamp(Input.Path);
    if (!Now)
      return std::nullopt;
    Input = *Now;
  }
  return Facts;
}

bool inputsUnchanged(const std::vector<FileStamp> &Inputs) {
  return std::all_of(Inputs.begin(), Inputs.end(), [](const FileStamp &Input) {
    auto Now = stamp(Input.Path);
    return Now && Now->Size == Input.Size && Now->ModifiedNs == Input.ModifiedNs;
  });
}

} // namespace apigw
