//===- main.cpp - clang-apigw's command line ------------------------------===//
//
// Parses options and maps the run's outcome to an exit status; everything
// else lives in the libraries the tests link too.
//
//===----------------------------------------------------------------------===//
#include "scan/CompileCommands.h"
#include "driver/Database.h"
#include "driver/Driver.h"
#include "driver/OutputChecks.h"
#include "driver/Outputs.h"
#include "driver/Progress.h"
#include "scan/ResourceDir.h"

#include <clang/Tooling/CommonOptionsParser.h>
#include <llvm/Support/CommandLine.h>
#include <llvm/Support/InitLLVM.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>

using namespace llvm;

namespace {

cl::OptionCategory Category("clang-apigw options");

cl::opt<std::string> Output("o", cl::desc("Write the OpenAPI document here ('-': stdout)"),
                            cl::value_desc("file"), cl::init("-"), cl::cat(Category));
cl::alias OutputLong("output", cl::desc("Alias for -o"), cl::aliasopt(Output), cl::NotHidden);
cl::opt<std::string> PublicOutput("public-output",
                                  cl::desc("Also write the public spec (no x-amazon-apigateway-* "
                                           "keys, no CORS preflights, full schemas) here"),
                                  cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> Format("format",
                            cl::desc("json or yaml (default: from each output file's "
                                     "extension, .yaml/.yml being YAML, else json)"),
                            cl::value_desc("json|yaml"), cl::cat(Category));
/// `--cors[=<origin>]`: LLVM prints an optional value two characters wider
/// than it measures it, which shifts that option's help; this parser
/// measures and prints it the same way.
struct OptionalValueParser : cl::parser<std::string> {
  using cl::parser<std::string>::parser;
  size_t getOptionWidth(const cl::Option &O) const {
    return cl::parser<std::string>::getOptionWidth(O) + std::string_view("[]").size();
  }
  void printOptionInfo(const cl::Option &O, size_t GlobalWidth) const {
    outs() << "  --" << O.ArgStr << "[=<" << O.ValueStr << ">]";
    outs().indent(GlobalWidth - getOptionWidth(O)) << " - " << O.HelpStr << "\n";
  }
};
cl::opt<std::string, false, OptionalValueParser> Cors("cors",
                          cl::desc("Generate CORS: preflight OPTIONS mocks and "
                                   "Access-Control-Allow-Origin (default origin '*')"),
                          cl::value_desc("origin"), cl::ValueOptional, cl::cat(Category));
cl::opt<bool> Check("check",
                    cl::desc("Write nothing; exit 1 and say what differs when the outputs "
                             "are not up to date"),
                    cl::cat(Category));
cl::opt<std::string> TfVars("tf-vars",
                            cl::desc("Also write a Terraform variables file declaring the "
                                     "document's ${placeholders}"),
                            cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> RouterOutput("router-output",
                                  cl::desc("Also write the C++ router that serves the Lambda-proxy "
                                           "routes on the runtime library (docs/runtime.md)"),
                                  cl::value_desc("file.cpp"), cl::cat(Category));
constexpr unsigned MaxJobs = 1024;
cl::opt<std::string> Jobs("j",
                          cl::desc("Translation units scanned in parallel (0: all cores; at "
                                   "most 1024)"),
                          cl::value_desc("n"), cl::init("0"), cl::Prefix, cl::cat(Category));
cl::opt<bool> NoPrescan("no-prescan",
                        cl::desc("Parse every unit, even those the prescan finds no "
                                 "annotation in (for benchmarks)"),
                        cl::Hidden, cl::cat(Category));
cl::opt<std::string> PreambleCacheDir("preamble-cache",
                                   cl::desc("Keep the units' precompiled preambles (their "
                                            "#include lines, parsed once) in <dir> for later "
                                            "runs; the CMake module passes one"),
                                   cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> NoSharedPreambles("no-shared-preambles",
                                cl::desc("Parse every unit whole, precompiling no preamble "
                                         "(for benchmarks)"),
                                cl::Hidden, cl::cat(Category));
cl::opt<std::string> Title("title", cl::desc("info.title (overrides the api variable)"),
                           cl::cat(Category));
cl::opt<std::string> ApiVersion("api-version", cl::desc("info.version (overrides the api variable)"),
                                cl::cat(Category));
cl::opt<std::string> Description("description",
                                 cl::desc("info.description (overrides the api variable)"),
                                 cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("Print only diagnostics (no progress, no summary)"),
                    cl::cat(Category));
cl::opt<bool> ListRoutes("list-routes",
                         cl::desc("Print each route as 'file:line:col: note: METHOD /path -> "
                                  "integration' instead of the document"),
                         cl::cat(Category));
cl::opt<std::string> DepFile("depfile",
                             cl::desc("scan: also write a Make-style depfile for the fragment"),
                             cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> ResourceDir("resource-dir",
                                 cl::desc("Clang's resource directory (builtin headers)"),
                                 cl::cat(Category));
// API Gateway quotas that AWS raises on request: say what yours are.
cl::opt<unsigned> MaxResources("max-resources",
                               cl::desc("Warn above this many resources per API (API Gateway's "
                                        "default quota: 300)"),
                               cl::value_desc("n"), cl::init(300), cl::cat(Category));
cl::opt<unsigned> MaxAuthorizers("max-authorizers",
                                 cl::desc("Warn above this many Lambda and Cognito authorizers "
                                          "per API (API Gateway's default quota: 10)"),
                                 cl::value_desc("n"), cl::init(10), cl::cat(Category));
cl::opt<bool> PrintResourceDir("print-resource-dir",
                               cl::desc("Print the resource directory used and exit"),
                               cl::cat(Category));

const char Overview[] =
    "clang-apigw: writes the AWS API Gateway OpenAPI 3.0 document that the\n"
    "[[clang::annotate(...)]] annotations of a C++ code base declare.\n"
    "\n"
    "  clang-apigw [options] [<source>...] [-- <flags>]   scan and write the spec\n"
    "  clang-apigw scan [options] <source> -o <unit.frag>  scan one unit to a fragment\n"
    "  clang-apigw merge [options] <fragment>... -o <spec> merge fragments into the spec\n";

enum class Mode { Whole, Scan, Merge };

/// `scan` and `merge` come first on the command line, like git's verbs; the
/// rest is parsed as usual.
Mode takeMode(std::vector<const char *> &Args) {
  if (Args.size() < 2)
    return Mode::Whole;
  llvm::StringRef Verb = Args[1];
  if (Verb != "scan" && Verb != "merge")
    return Mode::Whole;
  Args.erase(Args.begin() + 1);
  return Verb == "scan" ? Mode::Scan : Mode::Merge;
}

/// Whether the command line gives the flags after `--`; if not, adds a `--`,
/// which spares CommonOptionsParser its own search for a compilation
/// database: we search (findDatabase), or need none (`merge`).
bool takeFlagsForm(std::vector<const char *> &Args) {
  if (std::find(Args.begin(), Args.end(), llvm::StringRef("--")) != Args.end())
    return true;
  Args.push_back("--");
  return false;
}

/// CommonOptionsParser builds the --extra-arg adjuster only over the database
/// it loads, the `--` form's; over ours we do, from the options it registered.
template <typename OptionType> const OptionType *registered(llvm::StringRef Name) {
  auto &Registered = cl::getRegisteredOptions();
  auto It = Registered.find(Name);
  return It == Registered.end() ? nullptr : static_cast<const OptionType *>(It->second);
}

std::string buildPath() {
  const auto *Option = registered<cl::opt<std::string>>("p");
  return Option ? Option->getValue() : "";
}

clang::tooling::ArgumentsAdjuster extraArgsAdjuster() {
  using namespace clang::tooling;
  std::vector<std::string> Before, After;
  if (const auto *Option = registered<cl::list<std::string>>("extra-arg-before"))
    Before.assign(Option->begin(), Option->end());
  if (const auto *Option = registered<cl::list<std::string>>("extra-arg"))
    After.assign(Option->begin(), Option->end());
  return combineAdjusters(getInsertArgumentAdjuster(Before, ArgumentInsertPosition::BEGIN),
                          getInsertArgumentAdjuster(After, ArgumentInsertPosition::END));
}

template <typename OptionType> std::optional<std::string> optional(const OptionType &Option) {
  if (Option.getNumOccurrences() == 0)
    return std::nullopt;
  return Option.getValue();
}

/// -j's value, when it is a number from 0 to MaxJobs.
std::optional<unsigned> parseJobs(llvm::StringRef Text) {
  unsigned long long Value = 0;
  if (Text.getAsInteger(10, Value) || Value > MaxJobs)
    return std::nullopt;
  return static_cast<unsigned>(Value);
}

/// `--cors https://app.example` gives the origin to no one: the option's
/// value is optional, so the origin would be read as a source file.
std::optional<std::string> misplacedCorsOrigin(const std::vector<const char *> &Args) {
  for (size_t I = 1; I + 1 < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I], Next = Args[I + 1];
    if (Arg == "--")
      break;
    if ((Arg == "--cors" || Arg == "-cors") &&
        (Next.starts_with("http://") || Next.starts_with("https://") || Next == "*" ||
         Next == "'*'"))
      return Next.str();
  }
  return std::nullopt;
}

/// LLVM's command-line errors start with the program's name, as ours do.
std::string withoutProgramName(std::string Message, llvm::StringRef Argv0) {
  llvm::StringRef Text = Message;
  if (Text.consume_front((llvm::sys::path::filename(Argv0) + ": ").str()))
    return Text.str();
  return Message;
}

int usageError(const llvm::Twine &Message) {
  errs() << "clang-apigw: error: " << Message << "\n";
  return apigw::ExitUsageError;
}

} // namespace

/// A whole scan shares preambles between its own units; a `scan` of one
/// unit only reuses them from earlier runs, through --preamble-cache.
std::shared_ptr<apigw::PreambleCache> preambleCache(Mode RunMode) {
  if (NoSharedPreambles)
    return nullptr;
  if (!PreambleCacheDir.empty())
    return apigw::PreambleCache::persistent(PreambleCacheDir);
  return RunMode == Mode::Scan ? nullptr : apigw::PreambleCache::temporary();
}

int main(int argc, const char **argv) {
  apigw::reserveStandardStreams();
  InitLLVM Init(argc, argv);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "clang-apigw " APIGW_VERSION " (LLVM " LLVM_VERSION_STRING ")\n";
  });
  std::vector<const char *> Args(argv, argv + argc);
  const Mode RunMode = takeMode(Args);
  if (auto Origin = misplacedCorsOrigin(Args))
    return usageError("--cors takes its origin after '=': write --cors=" + *Origin);
  const bool FlagsForm = takeFlagsForm(Args);
  int ArgCount = static_cast<int>(Args.size());
  auto Parser = clang::tooling::CommonOptionsParser::create(ArgCount, Args.data(), Category,
                                                            cl::ZeroOrMore, Overview);
  const std::string Resources =
      ResourceDir.empty() ? apigw::findResourceDir(argv[0], reinterpret_cast<void *>(&main))
                          : ResourceDir.getValue();
  if (PrintResourceDir) {
    if (llvm::Error E = apigw::writeStdout(Resources + "\n"))
      return usageError(toString(std::move(E)));
    return apigw::ExitSuccess;
  }
  if (!Parser) {
    errs() << "clang-apigw: error: " << withoutProgramName(toString(Parser.takeError()), argv[0]);
    return apigw::ExitUsageError;
  }
  std::optional<unsigned> JobCount = parseJobs(Jobs);
  if (!JobCount)
    return usageError("-j takes a number from 0 (all cores) to " + Twine(MaxJobs) + ", not '" +
                      Jobs.getValue() + "'");
  apigw::RunOptions Options;
  Options.Sources = Parser->getSourcePathList();
  Options.Output = Output;
  // The generators' own options (outputs/Generators.def), in the registry's order.
  for (auto [Option, Path] : {std::pair{"--public-output", &PublicOutput}, {"--tf-vars", &TfVars},
                              {"--router-output", &RouterOutput}})
    if (!Path->empty())
      Options.MoreOutputs.push_back({Option, *Path});
  Options.Format = Format;
  Options.Check = Check;
  Options.DepFile = DepFile;
  Options.Quiet = Quiet;
  Options.ListRoutes = ListRoutes;
  Options.Emit.Title = optional(Title);
  Options.Emit.Version = optional(ApiVersion);
  Options.Emit.Description = optional(Description);
  Options.Emit.CorsOrigin = optional(Cors);
  Options.Limits = {MaxResources, MaxAuthorizers};
  if (RunMode == Mode::Merge)
    return apigw::runMerge(std::move(Options), errs());

  Options.Scan.Jobs = *JobCount;
  Options.Scan.Prescan = !NoPrescan;
  Options.Scan.Adjuster = apigw::scanAdjuster(Resources);
  Options.Scan.Preambles = preambleCache(RunMode);
  if (!Quiet)
    Options.Scan.Progress = apigw::terminalProgress(errs());
  std::unique_ptr<clang::tooling::CompilationDatabase> WholeDatabase;
  if (!FlagsForm) {
    // Clang's drivers find targets by name (aarch64-linux-gnu-g++) only
    // among the registered ones.
    llvm::InitializeAllTargetInfos();
    std::string Error;
    const std::string Start = Options.Sources.empty()
                                  ? "."
                                  : llvm::sys::path::parent_path(Options.Sources.front()).str();
    auto Found = apigw::findDatabase(buildPath(), Start.empty() ? "." : Start,
                                     Options.DatabaseFile, Error);
    if (!Found) {
      errs() << "clang-apigw: error: " << Error << "\n";
      return apigw::ExitUsageError;
    }
    WholeDatabase = std::make_unique<clang::tooling::ArgumentsAdjustingCompilations>(std::move(Found));
    static_cast<clang::tooling::ArgumentsAdjustingCompilations &>(*WholeDatabase)
        .appendArgumentsAdjuster(extraArgsAdjuster());
  }
  const clang::tooling::CompilationDatabase &Database =
      WholeDatabase ? *WholeDatabase : Parser->getCompilations();
  if (RunMode == Mode::Scan)
    return apigw::runScan(Database, std::move(Options), errs());
  return apigw::runWhole(Database, std::move(Options), errs());
}
