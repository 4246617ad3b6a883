//===- Scanner.cpp --------------------------------------------------------===//
#include "scan/Scanner.h"

#include "scan/CompileCommands.h"
#include "scan/Prescan.h"
#include "map/UnitMapper.h"

#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <clang/Lex/PreprocessorOptions.h>
#include <clang/Sema/SemaConsumer.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/ThreadPool.h>
#include <llvm/Support/Threading.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <mutex>
#include <numeric>

namespace apigw {
namespace {

/// A SemaConsumer: mapping may instantiate templates the unit only names.
class MappingConsumer : public clang::SemaConsumer {
public:
  MappingConsumer(UnitResult &Result, const EnumSerializations &Serializations,
                  bool WalkPreamble)
      : Result(Result), Serializations(Serializations), WalkPreamble(WalkPreamble) {}

  void InitializeSema(clang::Sema &S) override { TheSema = &S; }
  void ForgetSema() override { TheSema = nullptr; }

  void HandleTranslationUnit(clang::ASTContext &Context) override {
    // A unit that does not compile is reported by Clang; mapping its broken
    // AST would only add noise.
    if (Context.getDiagnostics().hasErrorOccurred() || !TheSema)
      return;
    mapTranslationUnit(*TheSema, Serializations, WalkPreamble, Result.Scanned.Api, Result.Scanned.Diags);
  }

private:
  clang::Sema *TheSema = nullptr;
  UnitResult &Result;
  const EnumSerializations &Serializations;
  bool WalkPreamble;
};

class ScanAction : public clang::ASTFrontendAction {
public:
  ScanAction(UnitResult &Result, const SharedPreamble *Preamble)
      : Result(Result), Preamble(Preamble) {}

  bool BeginInvocation(clang::CompilerInstance &CI) override {
    Collector = collectDependencies(CI);
    if (Preamble)
      usePreamble(CI.getPreprocessorOpts());
    return true;
  }

  void EndSourceFileAction() override {
    Result.Scanned.Dependencies =
        dependencyList(*Collector, getCompilerInstance().getVirtualFileSystem());
  }

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &CI,
                                                        llvm::StringRef) override {
    // Annotations live on declarations; bodies only cost time (constexpr and
    // `auto` functions are still parsed, as Clang must).
    CI.getFrontendOpts().SkipFunctionBodies = true;
    Serializations.attach(CI.getPreprocessor());
    return std::make_unique<MappingConsumer>(Result, Serializations,
                                             !Preamble || Preamble->Facts.DeclaresAnnotated);
  }

private:
  /// The PCH stands for the first `Size` bytes of the unit, which the lexer
  /// skips, as clangd does with its preambles.
  void usePreamble(clang::PreprocessorOptions &Options) {
    Options.ImplicitPCHInclude = Preamble->PchFile;
    Options.PrecompiledPreambleBytes = {Preamble->Size, Preamble->EndsAtStartOfLine};
    Serializations.add(Preamble->Facts.EnumTables);
  }

  UnitResult &Result;
  const SharedPreamble *Preamble;
  std::shared_ptr<clang::DependencyCollector> Collector;
  EnumSerializations Serializations;
};

/// Sends what the compiler instance prints itself ("1 error generated.") to
/// the unit's own output, beside its diagnostics, instead of straight to
/// stderr, where parallel units would interleave.
class CapturedOutputAction : public clang::WrapperFrontendAction {
public:
  CapturedOutputAction(std::unique_ptr<clang::FrontendAction> Wrapped, llvm::raw_ostream &Output)
      : WrapperFrontendAction(std::move(Wrapped)), Output(Output) {}

  bool BeginInvocation(clang::CompilerInstance &CI) override {
    CI.setVerboseOutputStream(Output);
    return WrapperFrontendAction::BeginInvocation(CI);
  }

private:
  llvm::raw_ostream &Output;
};

/// Runs `Action` over the unit with its (adjusted) command, in a file system
/// view of its own whose working directory is the command's; Clang's
/// diagnostics are appended to the result. False when the unit has errors.
bool runAction(const std::vector<std::string> &Args, clang::FileManager &Files,
               std::unique_ptr<clang::FrontendAction> Action, UnitResult &Result) {
  llvm::raw_string_ostream CompilerOutput(Result.CompilerOutput);
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> DiagOpts(new clang::DiagnosticOptions());
  clang::TextDiagnosticPrinter Printer(CompilerOutput, DiagOpts.get());
  clang::tooling::ToolInvocation Invocation(
      Args, std::make_unique<CapturedOutputAction>(std::move(Action), CompilerOutput), &Files);
  Invocation.setDiagnosticConsumer(&Printer);
  const bool Ok = Invocation.run();
  CompilerOutput.flush();
  return Ok;
}

/// Drops the cache's own files (the preamble header, the PCH).
void eraseUnder(std::vector<std::string> &Files, const std::string &Directory) {
  llvm::erase_if(Files, [&](const std::string &File) {
    return llvm::StringRef(File).starts_with(Directory + "/");
  });
}

/// Whether the main file itself visibly holds annotations (raw, or through
/// our macros): the unit will be parsed anyway, and its prescan is waste.
bool obviouslyAnnotated(clang::FileManager &Files, const std::string &File) {
  auto Buffer = Files.getBufferForFile(File);
  if (!Buffer)
    return false;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  return Text.contains("annotate") || Text.contains("APIGW_");
}

/// A result for the same unit, with nothing found yet.
UnitResult fresh(const UnitResult &Result) {
  UnitResult Fresh;
  Fresh.Scanned.Source = Result.Scanned.Source;
  Fresh.Scanned.Directory = Result.Scanned.Directory;
  return Fresh;
}

/// Parses and maps the unit, over its precompiled preamble when there is
/// one. A unit that fails over the preamble is parsed again whole, so what
/// the user reads about it never depends on the cache.
void parse(const std::vector<std::string> &Args, const std::string &Source,
           clang::FileManager &Files, PreambleCache *Preambles, UnitResult &Result) {
  if (auto Preamble = Preambles ? Preambles->find(Args, Source, Files) : nullptr) {
    UnitResult Attempt = fresh(Result);
    if (runAction(Args, Files, std::make_unique<ScanAction>(Attempt, Preamble.get()), Attempt)) {
      eraseUnder(Attempt.Scanned.Dependencies, Preambles->directory());
      Result = std::move(Attempt);
      return;
    }
  }
  Result.ParseFailed =
      !runAction(Args, Files, std::make_unique<ScanAction>(Result, nullptr), Result);
}

/// Runs the prescan; true when it settles the unit: no annotation, or the
/// unit does not compile.
bool settledByPrescan(const std::vector<std::string> &Args, clang::FileManager &Files,
                      UnitResult &Result) {
  bool FoundAnnotation = false;
  auto Prescan = std::make_unique<PrescanAction>(FoundAnnotation, Result.Scanned.Dependencies);
  if (!runAction(Args, Files, std::move(Prescan), Result)) {
    Result.ParseFailed = true;
    return true;
  }
  Result.Skipped = !FoundAnnotation;
  return Result.Skipped;
}

/// The unit prescanned (unless `WillParse`), then parsed when it may hold
/// annotations.
UnitResult attempt(const std::vector<std::string> &Args, const std::string &Source,
                   clang::FileManager &Files, const ScanOptions &Options, bool WillParse,
                   UnitResult Result) {
  if (!WillParse && settledByPrescan(Args, Files, Result))
    return Result;
  parse(Args, Source, Files, Options.Preambles.get(), Result);
  return Result;
}

/// A unit that does not compile for its target may compile for the host:
/// its compiler names a target whose headers are not installed, or a CPU
/// Clang does not know. Its errors for the host are the ones to show either
/// way: a missing target header would hide the others.
void retryForHost(std::vector<std::string> &Args, const std::string &Source,
                  clang::FileManager &Files, const ScanOptions &Options, bool WillParse,
                  UnitResult &Result) {
  std::vector<std::string> ForHost = withoutTargetChoice(Args);
  if (ForHost == Args)
    return;
  Args = std::move(ForHost);
  Result = attempt(Args, Source, Files, Options, WillParse, fresh(Result));
  Result.HostFallback = !Result.ParseFailed;
}

/// A unit whose errors the parse found counts only when it holds an
/// annotation: the prescan skips the others without parsing them, and the
/// result must not depend on whether the prescan ran (or on a comment that
/// mentions `annotate`).
void forgiveIfUnannotated(const std::vector<std::string> &Args, clang::FileManager &Files,
                          UnitResult &Result) {
  UnitResult Check = fresh(Result);
  if (settledByPrescan(Args, Files, Check) && !Check.ParseFailed)
    Result = std::move(Check);
}

/// The unit's result; none when `MayDefer` and the unit, which will be
/// parsed, waits for a preamble another thread is still building.
std::optional<UnitResult> scanOne(const clang::tooling::CompilationDatabase &Database,
                                  const std::string &Source, const ScanOptions &Options,
                                  bool MayDefer) {
  UnitResult Result;
  Result.Scanned.Source = Source;
  std::vector<clang::tooling::CompileCommand> Commands = Database.getCompileCommands(Source);
  if (Commands.empty()) {
    Result.ParseFailed = true;
    Result.CompilerOutput = "error: no compile command for '" + Source + "'\n";
    return Result;
  }
  // A file compiled several ways contributes the same declarations; the
  // first command (the database orders them) is enough.
  const clang::tooling::CompileCommand &Command = Commands.front();
  // Assembly or Fortran in a mixed project: nothing to scan.
  if (!compilesCFamily(Command.CommandLine, Command.Filename)) {
    Result.Skipped = true;
    return Result;
  }
  // Absolute, so that a fragment scanned in the `--` form (directory ".")
  // names the same project wherever it is merged.
  llvm::SmallString<256> Directory(Command.Directory);
  llvm::sys::fs::make_absolute(Directory);
  Result.Scanned.Directory = Directory.str().str();
  std::vector<std::string> Args = Options.Adjuster
                                      ? Options.Adjuster(Command.CommandLine, Command.Filename)
                                      : Command.CommandLine;

  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS = llvm::vfs::createPhysicalFileSystem();
  FS->setCurrentWorkingDirectory(Command.Directory);
  llvm::IntrusiveRefCntPtr<clang::FileManager> Files(
      new clang::FileManager(clang::FileSystemOptions(), FS));

  const bool WillParse = !Options.Prescan || obviouslyAnnotated(*Files, Command.Filename);
  if (MayDefer && WillParse && Options.Preambles &&
      Options.Preambles->building(Args, Command.Filename, *Files))
    return std::nullopt;
  Result = attempt(Args, Command.Filename, *Files, Options, WillParse, std::move(Result));
  if (Result.ParseFailed)
    retryForHost(Args, Command.Filename, *Files, Options, WillParse, Result);
  if (Result.ParseFailed)
    forgiveIfUnannotated(Args, *Files, Result);
  return Result;
}

/// The order to start units in: those that will surely be parsed first,
/// then those the prescan will probably skip, which fill the threads while
/// the long parses (and the preamble builds) run. Results keep the order of
/// `Sources` whatever this order.
std::vector<size_t> longestFirst(const std::vector<std::string> &Sources) {
  std::vector<size_t> Order(Sources.size());
  std::iota(Order.begin(), Order.end(), 0);
  llvm::IntrusiveRefCntPtr<clang::FileManager> Files(
      new clang::FileManager(clang::FileSystemOptions()));
  std::stable_partition(Order.begin(), Order.end(),
                        [&](size_t I) { return obviouslyAnnotated(*Files, Sources[I]); });
  return Order;
}

} // namespace

std::vector<UnitResult> scanUnits(const clang::tooling::CompilationDatabase &Database,
                                  const std::vector<std::string> &Sources,
                                  const ScanOptions &Options) {
  std::vector<UnitResult> Results(Sources.size());
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
  std::mutex ProgressLock;
  size_t Done = 0;
  std::function<void(size_t, bool)> Scan = [&](size_t I, bool MayDefer) {
    std::optional<UnitResult> Result = scanOne(Database, Sources[I], Options, MayDefer);
    if (!Result) {
      // Behind the units queued so far, which keep the other threads busy
      // while the preamble is built; then it waits, if it must.
      Pool.async([&, I] { Scan(I, false); });
      return;
    }
    Results[I] = std::move(*Result);
    if (!Options.Progress)
      return;
    std::lock_guard<std::mutex> Lock(ProgressLock);
    Options.Progress(++Done, Sources.size());
  };
  for (size_t I : longestFirst(Sources))
    Pool.async([&, I] { Scan(I, true); });
  Pool.wait();
  return Results;
}

} // namespace apigw
