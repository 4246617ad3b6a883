//===- Driver.cpp ---------------------------------------------------------===//
#include "Driver.h"

#include "Merge.h"
#include "OutputFile.h"
#include "ProjectName.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <algorithm>

namespace apigw {
namespace {

std::vector<std::string> allSources(const clang::tooling::CompilationDatabase &Database) {
  std::vector<std::string> Files = Database.getAllFiles();
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  return Files;
}

/// A header seen by many units reports the same problem in each of them.
void sortAndDeduplicate(Diagnostics &Diags) {
  auto Key = [](const Diagnostic &D) { return std::tie(D.Loc, D.Message); };
  std::stable_sort(Diags.begin(), Diags.end(),
                   [&](const Diagnostic &A, const Diagnostic &B) { return Key(A) < Key(B); });
  Diags.erase(std::unique(Diags.begin(), Diags.end(),
                          [&](const Diagnostic &A, const Diagnostic &B) { return Key(A) == Key(B); }),
              Diags.end());
}

void printSummary(unsigned Errors, llvm::raw_ostream &OS) {
  if (Errors)
    OS << Errors << (Errors == 1 ? " error" : " errors") << " generated.\n";
}

ExitStatus checkSources(const std::vector<std::string> &Sources, llvm::raw_ostream &Errors) {
  if (Sources.empty()) {
    Errors << "clang-apigw: error: no translation units to scan (empty compilation database?)\n";
    return ExitUsageError;
  }
  for (const std::string &Source : Sources)
    if (!llvm::sys::fs::exists(Source)) {
      Errors << "clang-apigw: error: no such file: '" << Source << "'\n";
      return ExitUsageError;
    }
  return ExitSuccess;
}

/// A JSON database knows its files by absolute path, so named sources are
/// made absolute to be found there (as ClangTool does). A database that lists
/// no files (the `--` form) compiles them as named, in the current directory,
/// which keeps diagnostics as short as the user wrote them.
std::vector<std::string> resolveSources(const clang::tooling::CompilationDatabase &Database,
                                        std::vector<std::string> Sources) {
  if (Sources.empty())
    return allSources(Database);
  if (Database.getAllFiles().empty())
    return Sources;
  for (std::string &Source : Sources) {
    llvm::SmallString<256> Path(Source);
    llvm::sys::fs::make_absolute(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    Source = Path.str().str();
  }
  return Sources;
}

} // namespace

ExitStatus run(const clang::tooling::CompilationDatabase &Database, RunOptions Options,
               llvm::raw_ostream &Errors) {
  if (llvm::Error E = checkWritable(Options.Output)) {
    Errors << "clang-apigw: error: " << llvm::toString(std::move(E)) << "\n";
    return ExitUsageError;
  }
  std::vector<std::string> Sources = resolveSources(Database, std::move(Options.Sources));
  if (ExitStatus Status = checkSources(Sources, Errors))
    return Status;

  std::vector<UnitResult> Units = scanUnits(Database, Sources, Options.Scan);
  Diagnostics Diags;
  std::vector<ApiModel> Models;
  bool ParseFailed = false;
  for (UnitResult &Unit : Units) {
    Errors << Unit.CompilerOutput;
    ParseFailed |= Unit.ParseFailed;
    Diags.insert(Diags.end(), Unit.Diags.begin(), Unit.Diags.end());
    Models.push_back(std::move(Unit.Api));
  }
  ApiModel Merged = mergeUnits(std::move(Models), Diags);
  sortAndDeduplicate(Diags);
  unsigned ErrorCount = 0;
  for (const Diagnostic &D : Diags) {
    Errors << formatDiagnostic(D);
    ErrorCount += D.Level == Severity::Error;
  }
  printSummary(ErrorCount, Errors);
  if (ErrorCount || ParseFailed)
    return ExitInputError;

  if (!Units.empty())
    Options.Emit.DefaultTitle = projectName(Units.front().Directory);
  std::string Document = emitOpenApi(Merged, Options.Emit).dump(2) + "\n";
  if (llvm::Error E = writeFileAtomically(Options.Output, Document)) {
    Errors << "clang-apigw: error: " << llvm::toString(std::move(E)) << "\n";
    return ExitUsageError;
  }
  return ExitSuccess;
}

} // namespace apigw
