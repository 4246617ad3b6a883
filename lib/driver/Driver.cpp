//===- Driver.cpp ---------------------------------------------------------===//
#include "driver/Driver.h"

#include "driver/Check.h"
#include "driver/DepFile.h"
#include "outputs/Generator.h"
#include "model/Fragment.h"
#include "model/Merge.h"
#include "driver/OutputChecks.h"
#include "driver/Outputs.h"
#include "driver/ProjectName.h"

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

/// checkOutputPaths, then (unless nothing is written) that no output is one
/// of `Inputs`.
ExitStatus checkOutputFiles(const std::vector<NamedOutput> &Named, const RunOptions &Options,
                        const std::vector<RunInput> &Inputs, llvm::raw_ostream &Errors) {
  if (llvm::Error E = checkOutputPaths(Named, /*Writing=*/!Options.Check))
    return usageError(Errors, llvm::toString(std::move(E)));
  if (Options.Check || Options.ListRoutes)
    return ExitSuccess;
  if (llvm::Error E = checkOutputsAreNotInputs(Named, Inputs))
    return usageError(Errors, llvm::toString(std::move(E)));
  return ExitSuccess;
}

/// The sources to scan and the database that says how.
std::vector<RunInput> sourceInputs(const std::vector<std::string> &Sources,
                                   const RunOptions &Options) {
  std::vector<RunInput> Inputs;
  for (const std::string &Source : Sources)
    Inputs.push_back({"a source this run reads", Source});
  if (!Options.DatabaseFile.empty())
    Inputs.push_back({"the compilation database this run reads", Options.DatabaseFile});
  return Inputs;
}

/// Every file the units read (their sources and the headers they include),
/// known once they are scanned.
std::vector<RunInput> unitInputs(const std::vector<Fragment> &Fragments) {
  std::vector<RunInput> Inputs;
  for (const Fragment &F : Fragments)
    for (const std::string &Dependency : F.Dependencies)
      Inputs.push_back({"a file the scanned units read", Dependency});
  return Inputs;
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

/// One line for all the units parsed for the host: a missing cross
/// toolchain is worth knowing, once.
void noteHostFallbacks(const std::vector<std::string> &Units, llvm::raw_ostream &Errors) {
  if (Units.empty())
    return;
  Errors << "clang-apigw: note: parsed for the host, not for the target their compile "
            "command names (is its cross toolchain installed?): "
         << displayFile(Units.front());
  if (Units.size() > 1)
    Errors << " and " << Units.size() - 1 << " more";
  Errors << "\n";
}

/// The scanned units as fragments; Clang's own diagnostics are printed as
/// they come, in source order.
ScanOutcome scan(const clang::tooling::CompilationDatabase &Database,
                 const std::vector<std::string> &Sources, const ScanOptions &Options,
                 llvm::raw_ostream &Errors) {
  ScanOutcome Outcome;
  std::vector<std::string> ForHost;
  for (UnitResult &Unit : scanUnits(Database, Sources, Options)) {
    Errors << Unit.CompilerOutput;
    if (Unit.HostFallback)
      ForHost.push_back(Unit.Scanned.Source);
    Outcome.ParseFailed |= Unit.ParseFailed;
    Outcome.Fragments.push_back(std::move(Unit.Scanned));
  }
  noteHostFallbacks(ForHost, Errors);
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

/// The run's outputs: the route list alone, or the document (-o) and the
/// other outputs asked for.
std::vector<NamedOutput> documentOutputs(const RunOptions &Options) {
  if (Options.ListRoutes)
    return {{"--list-routes", "-"}};
  std::vector<NamedOutput> Named = {{"-o", Options.Output}};
  Named.insert(Named.end(), Options.MoreOutputs.begin(), Options.MoreOutputs.end());
  return Named;
}

/// `scan`'s outputs: the fragment, and the depfile when given.
std::vector<NamedOutput> fragmentOutputs(const RunOptions &Options) {
  std::vector<NamedOutput> Named = {{"-o", Options.Output}};
  if (!Options.DepFile.empty())
    Named.push_back({"--depfile", Options.DepFile});
  return Named;
}

/// --list-routes prints routes, not a document: options that only shape or
/// place the document would be ignored, so they are refused.
ExitStatus checkListRoutesOptions(const RunOptions &Options, llvm::raw_ostream &Errors) {
  if (Options.ListRoutes && (!isStdout(Options.Output) || !Options.MoreOutputs.empty() ||
                             !Options.Format.empty() || Options.Check))
    return usageError(Errors, "--list-routes prints the routes on stdout; it takes no -o <file>, "
                              "--public-output, --tf-vars, --router-output, --format or --check");
  return ExitSuccess;
}

/// The document's options make sense together, before any work is done: a
/// known --format, --check with files to compare, and outputs that
/// checkOutputPaths accepts and that are none of `Inputs`.
ExitStatus checkDocumentOptions(const RunOptions &Options, const std::vector<RunInput> &Inputs,
                                llvm::raw_ostream &Errors) {
  if (ExitStatus Status = checkListRoutesOptions(Options, Errors))
    return Status;
  if (!Options.DepFile.empty())
    return usageError(Errors, "--depfile applies to 'scan' only");
  if (auto Format = outputFormat(Options.Output, Options.Format); !Format)
    return usageError(Errors, llvm::toString(Format.takeError()));
  std::vector<NamedOutput> Named = documentOutputs(Options);
  if (Options.Check)
    for (const NamedOutput &Output : Named)
      if (isStdout(Output.Path))
        return usageError(Errors, llvm::Twine("--check compares files: give ") + Output.Option +
                                      " a file, not stdout");
  return checkOutputFiles(Named, Options, Inputs, Errors);
}

/// Every output of the run with its bytes; the documents also with their
/// format, for --check.
std::vector<CheckedOutput> plannedOutputs(const ApiModel &Merged, const RunOptions &Options) {
  std::vector<NamedOutput> Named = documentOutputs(Options);
  std::vector<std::string_view> Requested;
  for (const NamedOutput &Output : Named)
    Requested.push_back(Output.Option);
  GenerationContext Context(Merged, Options.Emit, Requested);
  std::vector<CheckedOutput> Outputs;
  for (const NamedOutput &Output : Named) {
    const Generator &G = *findGenerator(Output.Option);
    std::optional<OutputFormat> Format;
    if (G.isDocument()) // checkDocumentOptions vetted --format already.
      Format = llvm::cantFail(outputFormat(Output.Path, Options.Format));
    Outputs.push_back({Output.Path, G.generate(Context, Format.value_or(OutputFormat::Json)), Format});
  }
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
  std::vector<UnitModel> Units;
  for (Fragment &F : Fragments)
    Units.push_back({F.Source, std::move(F.Api)});
  ApiModel Merged = mergeUnits(std::move(Units), Diags);
  checkWholeApi(Merged, Options.Limits, Diags);
  for (const NamedOutput &Output : documentOutputs(Options))
    findGenerator(Output.Option)->check(Merged, Diags);
  if (report(std::move(Diags), Options.Quiet, Errors))
    return ExitInputError;
  if (ExitStatus Status =
          checkOutputFiles(documentOutputs(Options), Options, unitInputs(Fragments), Errors))
    return Status;
  Options.Emit.DefaultTitle = defaultTitle(Fragments);
  std::vector<CheckedOutput> Outputs = plannedOutputs(Merged, Options);
  if (!Options.ListRoutes)
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
  if (!Options.MoreOutputs.empty() || !Options.Format.empty() || Options.Check ||
      Options.ListRoutes)
    return usageError(Errors, "'scan' writes a fragment; --public-output, --tf-vars, "
                              "--router-output, --format, --check and --list-routes apply to whole runs and "
                              "'merge'");
  return ExitSuccess;
}

} // namespace

ExitStatus runWhole(const clang::tooling::CompilationDatabase &Database, RunOptions Options,
                    llvm::raw_ostream &Errors) {
  std::vector<std::string> Sources = resolveSources(Database, std::move(Options.Sources));
  if (ExitStatus Status = checkDocumentOptions(Options, sourceInputs(Sources, Options), Errors))
    return Status;
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
  std::vector<std::string> Sources = resolveSources(Database, std::move(Options.Sources));
  std::vector<NamedOutput> Named = fragmentOutputs(Options);
  if (ExitStatus Status = checkOutputFiles(Named, Options, sourceInputs(Sources, Options), Errors))
    return Status;
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
  if (ExitStatus Status = checkOutputFiles(Named, Options, unitInputs(Scanned.Fragments), Errors))
    return Status;
  std::vector<PlannedOutput> Files = {{Options.Output, writeFragment(Unit)}};
  if (!Options.DepFile.empty())
    Files.push_back(
        {Options.DepFile, makeDepFile(Options.Output, Unit.Source, Unit.Dependencies)});
  if (llvm::Error E = writeOutputs(Files))
    return usageError(Errors, llvm::toString(std::move(E)));
  return ExitSuccess;
}

ExitStatus runMerge(RunOptions Options, llvm::raw_ostream &Errors) {
  std::vector<RunInput> FragmentFiles;
  for (const std::string &Path : Options.Sources)
    FragmentFiles.push_back({"a fragment this run reads", Path});
  if (ExitStatus Status = checkDocumentOptions(Options, FragmentFiles, Errors))
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
