//===- CompileCommands.cpp ------------------------------------------------===//
#include "scan/CompileCommands.h"

#include <clang/Driver/Options.h>
#include <clang/Driver/Types.h>
#include <llvm/Option/ArgList.h>
#include <llvm/Option/OptTable.h>
#include <llvm/Support/Path.h>

#include <functional>
#include <optional>
#include <set>

namespace apigw {
namespace {

using clang::tooling::CommandLineArguments;

namespace options = clang::driver::options;

/// `Args` (argv[0] included) as Clang's driver reads them.
llvm::opt::InputArgList parseDriverArgs(const CommandLineArguments &Args,
                                        std::vector<const char *> &Argv) {
  for (size_t I = 1; I < Args.size(); ++I)
    Argv.push_back(Args[I].c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  return clang::driver::getDriverOptTable().ParseArgs(
      Argv, MissingIndex, MissingCount, llvm::opt::Visibility(options::ClangOption));
}

/// The positions (in `Args`, argv[0] included) of the arguments that
/// `Selected` picks, with the value of a separate one (`-target x`).
std::set<unsigned> positionsOf(const CommandLineArguments &Args,
                               const std::function<bool(const llvm::opt::Arg &)> &Selected) {
  std::vector<const char *> Argv;
  llvm::opt::InputArgList Parsed = parseDriverArgs(Args, Argv);
  std::vector<const llvm::opt::Arg *> InOrder(Parsed.begin(), Parsed.end());
  std::set<unsigned> Positions;
  for (size_t N = 0; N < InOrder.size(); ++N) {
    if (!Selected(*InOrder[N]))
      continue;
    // An argument spans the argv entries up to the next one's.
    const unsigned End = N + 1 < InOrder.size() ? InOrder[N + 1]->getIndex() : Argv.size();
    for (unsigned I = InOrder[N]->getIndex(); I < End; ++I)
      Positions.insert(I + 1);
  }
  return Positions;
}

CommandLineArguments without(const CommandLineArguments &Args, const std::set<unsigned> &Drop) {
  CommandLineArguments Kept;
  for (unsigned I = 0; I < Args.size(); ++I)
    if (!Drop.count(I))
      Kept.push_back(Args[I]);
  return Kept;
}

CommandLineArguments dropUnknownFlags(const CommandLineArguments &Args, llvm::StringRef) {
  if (Args.empty())
    return Args;
  return without(Args, positionsOf(Args, [](const llvm::opt::Arg &A) {
                   return A.getOption().matches(options::OPT_UNKNOWN);
                 }));
}

/// The language `-x` gives the inputs after it ("none": by extension).
std::optional<clang::driver::types::ID> languageFlag(const CommandLineArguments &Args) {
  std::vector<const char *> Argv;
  llvm::opt::InputArgList Parsed = parseDriverArgs(Args, Argv);
  std::optional<clang::driver::types::ID> Language;
  for (const llvm::opt::Arg *A : Parsed) {
    if (A->getOption().matches(options::OPT_INPUT))
      break;
    if (A->getOption().matches(options::OPT_x))
      Language = llvm::StringRef(A->getValue()) == "none"
                     ? std::nullopt
                     : std::optional(clang::driver::types::lookupTypeForTypeSpecifier(A->getValue()));
  }
  return Language;
}

bool namesResourceDir(const CommandLineArguments &Args) {
  for (const std::string &A : Args)
    if (llvm::StringRef(A).starts_with("-resource-dir"))
      return true;
  return false;
}

clang::tooling::ArgumentsAdjuster scanFlags(std::string ResourceDir) {
  return [ResourceDir](const CommandLineArguments &Args, llvm::StringRef) {
    CommandLineArguments Extra = {"-w", "-D__CLANG_APIGW__=1"};
    if (!namesResourceDir(Args))
      Extra.push_back("-resource-dir=" + ResourceDir);
    return clang::tooling::getInsertArgumentAdjuster(
        Extra, clang::tooling::ArgumentInsertPosition::END)(Args, "");
  };
}

} // namespace

bool compilesCFamily(const CommandLineArguments &Args, llvm::StringRef File) {
  using namespace clang::driver::types;
  std::optional<ID> Language = languageFlag(Args);
  if (!Language)
    Language = lookupTypeForExtension(llvm::sys::path::extension(File).drop_front());
  return *Language != TY_INVALID && isDerivedFromC(*Language);
}

CommandLineArguments withoutTargetChoice(const CommandLineArguments &Args) {
  return without(Args, positionsOf(Args, [](const llvm::opt::Arg &A) {
                   const llvm::opt::Option &O = A.getOption();
                   return O.matches(options::OPT_target) || O.matches(options::OPT_march_EQ) ||
                          O.matches(options::OPT_mcpu_EQ) || O.matches(options::OPT_mtune_EQ) ||
                          O.hasFlag(options::TargetSpecific);
                 }));
}

clang::tooling::ArgumentsAdjuster scanAdjuster(const std::string &ResourceDir) {
  using namespace clang::tooling;
  ArgumentsAdjuster Adjust = combineAdjusters(getClangStripOutputAdjuster(),
                                              getClangStripDependencyFileAdjuster());
  Adjust = combineAdjusters(Adjust, getClangSyntaxOnlyAdjuster());
  Adjust = combineAdjusters(Adjust, dropUnknownFlags);
  return combineAdjusters(Adjust, scanFlags(ResourceDir));
}

} // namespace apigw
