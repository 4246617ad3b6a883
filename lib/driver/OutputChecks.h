//===- OutputChecks.h - Output paths that make sense together -------------===//
//
// Checked before any work where possible, so that a run that cannot write
// its outputs fails in a moment rather than after the scan; the files a
// scan reads (headers) are only known after it, and are checked then,
// before anything is written.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <llvm/Support/Error.h>

#include <string>
#include <string_view>
#include <vector>

namespace apigw {

/// An output as the command line names it.
struct NamedOutput {
  std::string_view Option; ///< `-o`, `--public-output`, `--tf-vars`, `--depfile`.
  std::string Path;   ///< "" or "-": stdout.
};

/// A file the run reads.
struct RunInput {
  const char *Kind; ///< What it is to the run: "a source this run reads", ...
  std::string Path;
};

/// At most one output on stdout, no file named twice (however it is
/// spelt: `./a.json`, `../out/a.json`, a link to it), and when `Writing`,
/// each one writable.
llvm::Error checkOutputPaths(const std::vector<NamedOutput> &Outputs, bool Writing);

/// An error when an output is one of `Inputs` (the same file, however it is
/// named): writing it would destroy what the run reads.
llvm::Error checkOutputsAreNotInputs(const std::vector<NamedOutput> &Outputs,
                                     const std::vector<RunInput> &Inputs);

} // namespace apigw
