//===- Driver.cpp ---------------------------------------------------------===//
#include "Driver.h"

#include "Check.h"
#include "DepFile.h"
#include "Fragment.h"
#include "Merge.h"
#include "RouteList.h"
#include "Outputs.h"
#include "ProjectName.h"
#include "TerraformVariables.h"

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

/// The default title comes from the project directory; of several, the
/// smallest, so that the order of the units does not matter.
std::string defaultTitle(const std::vector<Fragment> &Fragments) {
  std::string Directory;
  for (const Fragment &F : Fragments)
    if (Directory.empty() || (!F.Directory.empty() && F.Directory < Directory))
      Directory = F.Directory;
  return projectName(Directory.empty() ? "." : Directory);
}

/// The outputs' paths make sense together, before any work is done: a known
/// --format, at most one of them on stdout, no file named twice, --check
/// with files to compare, and (unless checking) each one writable.
ExitStatus checkOutputOptions(const RunOptions &Options, llvm::raw_ostream &Errors) {
  if (auto Format = outputFormat(Options.Output, Options.Format); !Format)
    return usageError(Errors, llvm::toString(Format.takeError()));
  std::vector<std::pair<const char *, std::string>> Named = {{"-o", Options.Output}};
  if (!Options.PublicOutput.empty())
    Named.push_back({"--public-output", Options.PublicOutput});
  if (!Options.TfVars.empty())
    Named.push_back({"--tf-vars", Options.TfVars});
  unsigned ToStdout = 0;
  std::vector<std::string> Files;
  for (const auto &[Option, Path] : Named) {
    if (isStdout(Path)) {
      if (Options.Check)
        return usageError(Errors, llvm::Twine("--check compares files: give ") + Option +
                                      " a file, not stdout");
      if (++ToStdout > 1)
        return usageError(Errors, "only one output can go to stdout; name a file with -o, "
                                  "--public-output or --tf-vars");
      continue;
    }
    llvm::SmallString<256> Absolute(Path);
    llvm::sys::fs::make_absolute(Absolute);
    llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
    if (std::find(Files.begin(), Files.end(), Absolute.str()) != Files.end())
      return usageError(Errors, "'" + Path + "' is named as two outputs");
    Files.push_back(Absolute.str().str());
    if (!Options.Check && !isSpecialFile(Path))
      if (llvm::Error E = checkWritable(Path))
        return usageError(Errors, llvm::toString(std::move(E)));
  }
  return ExitSuccess;
}

/// Every output of the run with its bytes; the documents also with their
/// format, for --check.
std::vector<CheckedOutput> plannedOutputs(const ApiModel &Merged, const RunOptions &Options) {
  std::vector<CheckedOutput> Outputs;
  nlohmann::ordered_json Private = emitOpenApi(Merged, Options.Emit);
  // checkOutputOptions vetted --format already.
  auto FormatOf = [&](const std::string &Path) {
    return llvm::cantFail(outputFormat(Path, Options.Format));
  };
  OutputFormat Format = FormatOf(Options.Output);
  Outputs.push_back({Options.Output, documentText(Private, Format), Format});
  PlaceholderUses Placeholders = collectPlaceholders(Private);
  if (!Options.PublicOutput.empty()) {
    EmitOptions PublicOptions = Options.Emit;
    PublicOptions.Public = true;
    nlohmann::ordered_json Public = emitOpenApi(Merged, PublicOptions);
    OutputFormat PublicFormat = FormatOf(Options.PublicOutput);
    Outputs.push_back(
        {Options.PublicOutput, documentText(Public, PublicFormat), PublicFormat});
    mergePlaceholders(Placeholders, collectPlaceholders(Public));
  }
  if (!Options.TfVars.empty())
    Outputs.push_back({Options.TfVars, renderTerraformVariables(Placeholders), std::nullopt});
  return Outputs;
}

/// --check: each stale output gets one line; status 1 when there is one.
ExitStatus checkOutputs(const std::vector<CheckedOutput> &Outputs, llvm::raw_ostream &Errors) {
  ExitStatus Status = ExitSuccess;
  for (const CheckedOutput &Output : Outputs)
    if (std::optional<std::string> Stale = checkOutput(Output)) {
      Errors << "clang-apigw: " << *Stale << "\n";
      Status = ExitInputError;
    }
  return Status;
}

/// Merge, report, emit, write: what a whole run and `merge` share.
ExitStatus finish(std::vector<Fragment> Fragments, RunOptions &Options,
                  llvm::raw_ostream &Errors) {
  Diagnostics Diags = unitDiagnostics(Fragments);
  std::vector<ApiModel> Units;
  for (Fragment &F : Fragments)
    Units.push_back(std::move(F.Api));
  ApiModel Merged = mergeUnits(std::move(Units), Diags);
  checkWholeApi(Merged, Options.Limits, Diags);
  if (report(std::move(Diags), Options.Quiet, Errors))
    return ExitInputError;
  if (Options.ListRoutes) {
    llvm::outs() << listRoutes(Merged);
    return ExitSuccess;
  }
  Options.Emit.DefaultTitle = defaultTitle(Fragments);
  std::vector<CheckedOutput> Outputs = plannedOutputs(Merged, Options);
  report(checkDocumentSize(isStdout(Options.Output) ? "<stdout>" : Options.Output,
                           Outputs.front().Contents.size()),
         Options.Quiet, Errors);
  if (Options.Check)
    return checkOutputs(Outputs, Errors);
  std::vector<PlannedOutput> Files;
  for (CheckedOutput &Output : Outputs)
    Files.push_back({std::move(Output.Path), std::move(Output.Contents)});
  if (llvm::Error E = writeOutputs(Files))
    return usageError(Errors, llvm::toString(std::move(E)));
  return ExitSuccess;
}

/// `scan` writes a fragment: the options of the document do not apply.
ExitStatus rejectDocumentOptions(const RunOptions &Options, llvm::raw_ostream &Errors) {
  if (!Options.PublicOutput.empty() || !Options.TfVars.empty() || !Options.Format.empty() ||
      Options.Check)
    return usageError(Errors, "'scan' writes a fragment; --public-output, --tf-vars, "
                              "--format and --check apply to whole runs and 'merge'");
  return ExitSuccess;
}

} // namespace

ExitStatus runWhole(const clang::tooling::CompilationDatabase &Database, RunOptions Options,
                    llvm::raw_ostream &Errors) {
  if (ExitStatus Status = checkOutputOptions(Options, Errors))
    return Status;
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
  if (ExitStatus Status = rejectDocumentOptions(Options, Errors))
    return Status;
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
  std::vector<PlannedOutput> Files = {{Options.Output, writeFragment(Unit)}};
  if (!Options.DepFile.empty())
    Files.push_back(
        {Options.DepFile, makeDepFile(Options.Output, Unit.Source, Unit.Dependencies)});
  if (llvm::Error E = writeOutputs(Files))
    return usageError(Errors, llvm::toString(std::move(E)));
  return ExitSuccess;
}

ExitStatus runMerge(RunOptions Options, llvm::raw_ostream &Errors) {
  if (ExitStatus Status = checkOutputOptions(Options, Errors))
    return Status;
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
