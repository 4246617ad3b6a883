//===- Driver.cpp ---------------------------------------------------------===//
#include "Driver.h"

#include "DepFile.h"
#include "Fragment.h"
#include "Merge.h"
#include "OutputFile.h"
#include "ProjectName.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
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

ExitStatus usageError(llvm::raw_ostream &Errors, const llvm::Twine &Message) {
  Errors << "clang-apigw: error: " << Message << "\n";
  return ExitUsageError;
}

ExitStatus checkSources(const std::vector<std::string> &Sources, llvm::raw_ostream &Errors) {
  if (Sources.empty())
    return usageError(Errors, "no translation units to scan (empty compilation database?)");
  for (const std::string &Source : Sources)
    if (!llvm::sys::fs::exists(Source))
      return usageError(Errors, "no such file: '" + Source + "'");
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

struct ScanOutcome {
  std::vector<Fragment> Fragments;
  bool ParseFailed = false; ///< Some unit did not compile.
};

/// The scanned units as fragments; Clang's own diagnostics are printed as
/// they come, in source order.
ScanOutcome scan(const clang::tooling::CompilationDatabase &Database,
                 const std::vector<std::string> &Sources, const ScanOptions &Options,
                 llvm::raw_ostream &Errors) {
  ScanOutcome Outcome;
  for (UnitResult &Unit : scanUnits(Database, Sources, Options)) {
    Errors << Unit.CompilerOutput;
    Outcome.ParseFailed |= Unit.ParseFailed;
    Outcome.Fragments.push_back({std::move(Unit.Source), std::move(Unit.Directory),
                                 std::move(Unit.Api), std::move(Unit.Diags),
                                 std::move(Unit.Dependencies)});
  }
  return Outcome;
}

Diagnostics unitDiagnostics(const std::vector<Fragment> &Fragments) {
  Diagnostics Diags;
  for (const Fragment &F : Fragments)
    Diags.insert(Diags.end(), F.Diags.begin(), F.Diags.end());
  return Diags;
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

/// Prints `Diags` in a stable order; true when one of them is an error.
bool report(Diagnostics Diags, bool Quiet, llvm::raw_ostream &Errors) {
  sortAndDeduplicate(Diags);
  unsigned ErrorCount = 0;
  for (const Diagnostic &D : Diags) {
    Errors << formatDiagnostic(D);
    ErrorCount += D.Level == Severity::Error;
  }
  if (ErrorCount && !Quiet)
    Errors << ErrorCount << (ErrorCount == 1 ? " error" : " errors") << " generated.\n";
  return ErrorCount > 0;
}

ExitStatus write(const std::string &Path, std::string_view Contents, llvm::raw_ostream &Errors) {
  if (llvm::Error E = writeFileAtomically(Path, Contents))
    return usageError(Errors, llvm::toString(std::move(E)));
  return ExitSuccess;
}

/// The default title comes from the project directory; of several, the
/// smallest, so that the order of the units does not matter.
std::string defaultTitle(const std::vector<Fragment> &Fragments) {
  std::string Directory;
  for (const Fragment &F : Fragments)
    if (Directory.empty() || (!F.Directory.empty() && F.Directory < Directory))
      Directory = F.Directory;
  return projectName(Directory.empty() ? "." : Directory);
}

/// Merge, report, emit, write: what a whole run and `merge` share.
ExitStatus finish(std::vector<Fragment> Fragments, RunOptions &Options,
                  llvm::raw_ostream &Errors) {
  Diagnostics Diags = unitDiagnostics(Fragments);
  std::vector<ApiModel> Units;
  for (Fragment &F : Fragments)
    Units.push_back(std::move(F.Api));
  ApiModel Merged = mergeUnits(std::move(Units), Diags);
  if (report(std::move(Diags), Options.Quiet, Errors))
    return ExitInputError;
  Options.Emit.DefaultTitle = defaultTitle(Fragments);
  return write(Options.Output, emitOpenApi(Merged, Options.Emit).dump(2) + "\n", Errors);
}

} // namespace

ExitStatus runWhole(const clang::tooling::CompilationDatabase &Database, RunOptions Options,
                    llvm::raw_ostream &Errors) {
  if (llvm::Error E = checkWritable(Options.Output))
    return usageError(Errors, llvm::toString(std::move(E)));
  std::vector<std::string> Sources = resolveSources(Database, std::move(Options.Sources));
  if (ExitStatus Status = checkSources(Sources, Errors))
    return Status;
  ScanOutcome Scanned = scan(Database, Sources, Options.Scan, Errors);
  if (Scanned.ParseFailed) {
    // The other units were scanned all the same: show all problems at once.
    report(unitDiagnostics(Scanned.Fragments), Options.Quiet, Errors);
    return ExitInputError;
  }
  return finish(std::move(Scanned.Fragments), Options, Errors);
}

ExitStatus runScan(const clang::tooling::CompilationDatabase &Database, RunOptions Options,
                   llvm::raw_ostream &Errors) {
  if (Options.Sources.size() != 1)
    return usageError(Errors, "'scan' takes exactly one source");
  if (llvm::Error E = checkWritable(Options.Output))
    return usageError(Errors, llvm::toString(std::move(E)));
  std::vector<std::string> Sources = resolveSources(Database, std::move(Options.Sources));
  if (ExitStatus Status = checkSources(Sources, Errors))
    return Status;
  ScanOutcome Scanned = scan(Database, Sources, Options.Scan, Errors);
  Fragment &Unit = Scanned.Fragments.front();
  if (Scanned.ParseFailed)
    return ExitInputError;
  // Conflicts between units wait for the merge; this unit's own errors stop
  // the build here, at the unit that has them.
  if (report(Unit.Diags, Options.Quiet, Errors))
    return ExitInputError;
  if (ExitStatus Status = write(Options.Output, writeFragment(Unit), Errors))
    return Status;
  if (Options.DepFile.empty())
    return ExitSuccess;
  return write(Options.DepFile, makeDepFile(Options.Output, Unit.Source, Unit.Dependencies),
               Errors);
}

ExitStatus runMerge(RunOptions Options, llvm::raw_ostream &Errors) {
  if (llvm::Error E = checkWritable(Options.Output))
    return usageError(Errors, llvm::toString(std::move(E)));
  std::vector<Fragment> Fragments;
  for (const std::string &Path : Options.Sources) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer)
      return usageError(Errors, "cannot read '" + Path + "': " + Buffer.getError().message());
    auto Read = readFragment((*Buffer)->getBuffer(), Path);
    if (!Read)
      return usageError(Errors, llvm::toString(Read.takeError()));
    Fragments.push_back(std::move(*Read));
  }
  if (Fragments.empty())
    return usageError(Errors, "'merge' needs at least one fragment");
  return finish(std::move(Fragments), Options, Errors);
}

} // namespace apigw
