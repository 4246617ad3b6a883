//===- Scanner.cpp --------------------------------------------------------===//
#include "Scanner.h"

#include "UnitMapper.h"

#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/ThreadPool.h>
#include <llvm/Support/Threading.h>
#include <llvm/Support/VirtualFileSystem.h>

namespace apigw {
namespace {

class MappingConsumer : public clang::ASTConsumer {
public:
  explicit MappingConsumer(UnitResult &Result) : Result(Result) {}

  void HandleTranslationUnit(clang::ASTContext &Context) override {
    // A unit that does not compile is reported by Clang; mapping its broken
    // AST would only add noise.
    if (Context.getDiagnostics().hasErrorOccurred())
      return;
    mapTranslationUnit(Context, Result.Api, Result.Diags);
  }

private:
  UnitResult &Result;
};

class ScanAction : public clang::ASTFrontendAction {
public:
  explicit ScanAction(UnitResult &Result) : Result(Result) {}

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &CI,
                                                        llvm::StringRef) override {
    // Annotations live on declarations; bodies only cost time (constexpr and
    // `auto` functions are still parsed, as Clang must).
    CI.getFrontendOpts().SkipFunctionBodies = true;
    return std::make_unique<MappingConsumer>(Result);
  }

private:
  UnitResult &Result;
};

UnitResult scanOne(const clang::tooling::CompilationDatabase &Database, const std::string &Source,
                   const ScanOptions &Options) {
  UnitResult Result;
  Result.Source = Source;
  std::vector<clang::tooling::CompileCommand> Commands = Database.getCompileCommands(Source);
  if (Commands.empty()) {
    Result.ParseFailed = true;
    Result.CompilerOutput = "error: no compile command for '" + Source + "'\n";
    return Result;
  }
  // A file compiled several ways contributes the same declarations; the
  // first command is enough.
  const clang::tooling::CompileCommand &Command = Commands.front();
  Result.Directory = Command.Directory;
  std::vector<std::string> Args = Options.Adjuster
                                      ? Options.Adjuster(Command.CommandLine, Command.Filename)
                                      : Command.CommandLine;

  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = llvm::vfs::createPhysicalFileSystem();
  FS->setCurrentWorkingDirectory(Command.Directory);
  llvm::IntrusiveRefCntPtr<clang::FileManager> Files(
      new clang::FileManager(clang::FileSystemOptions(), FS));

  llvm::raw_string_ostream CompilerOutput(Result.CompilerOutput);
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> DiagOpts(new clang::DiagnosticOptions());
  clang::TextDiagnosticPrinter Printer(CompilerOutput, DiagOpts.get());
  clang::tooling::ToolInvocation Invocation(std::move(Args), std::make_unique<ScanAction>(Result),
                                            Files.get());
  Invocation.setDiagnosticConsumer(&Printer);
  Result.ParseFailed = !Invocation.run();
  CompilerOutput.flush();
  return Result;
}

} // namespace

std::vector<UnitResult> scanUnits(const clang::tooling::CompilationDatabase &Database,
                                  const std::vector<std::string> &Sources,
                                  const ScanOptions &Options) {
  std::vector<UnitResult> Results(Sources.size());
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
  for (size_t I = 0; I < Sources.size(); ++I)
    Pool.async([&, I] { Results[I] = scanOne(Database, Sources[I], Options); });
  Pool.wait();
  return Results;
}

} // namespace apigw
