//===- CompileCommands.cpp ------------------------------------------------===//
#include "CompileCommands.h"

#include <clang/Driver/Options.h>
#include <llvm/Option/ArgList.h>
#include <llvm/Option/OptTable.h>

#include <set>

namespace apigw {
namespace {

using clang::tooling::CommandLineArguments;

/// The positions (in `Args`, argv[0] included) of flags the driver rejects.
std::set<unsigned> unknownFlagPositions(const CommandLineArguments &Args) {
  std::vector<const char *> Argv;
  for (size_t I = 1; I < Args.size(); ++I)
    Argv.push_back(Args[I].c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  const llvm::opt::OptTable &Table = clang::driver::getDriverOptTable();
  llvm::opt::InputArgList Parsed = Table.ParseArgs(
      Argv, MissingIndex, MissingCount,
      llvm::opt::Visibility(clang::driver::options::ClangOption));
  std::set<unsigned> Unknown;
  for (const llvm::opt::Arg *A : Parsed.filtered(clang::driver::options::OPT_UNKNOWN))
    Unknown.insert(A->getIndex() + 1);
  return Unknown;
}

CommandLineArguments dropUnknownFlags(const CommandLineArguments &Args, llvm::StringRef) {
  if (Args.empty())
    return Args;
  const std::set<unsigned> Unknown = unknownFlagPositions(Args);
  CommandLineArguments Kept;
  for (unsigned I = 0; I < Args.size(); ++I)
    if (!Unknown.count(I))
      Kept.push_back(Args[I]);
  return Kept;
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

clang::tooling::ArgumentsAdjuster scanAdjuster(const std::string &ResourceDir) {
  using namespace clang::tooling;
  ArgumentsAdjuster Adjust = combineAdjusters(getClangStripOutputAdjuster(),
                                              getClangStripDependencyFileAdjuster());
  Adjust = combineAdjusters(Adjust, getClangSyntaxOnlyAdjuster());
  Adjust = combineAdjusters(Adjust, dropUnknownFlags);
  return combineAdjusters(Adjust, scanFlags(ResourceDir));
}

} // namespace apigw
