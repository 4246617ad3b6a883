//===- Driver.h - One run of clang-apigw, start to finish -----------------===//
#pragma once

#include "OpenApiEmitter.h"
#include "Scanner.h"

#include <llvm/Support/raw_ostream.h>

namespace apigw {

/// Exit statuses (SPEC §3).
enum ExitStatus { ExitSuccess = 0, ExitInputError = 1, ExitUsageError = 2 };

struct RunOptions {
  std::vector<std::string> Sources; ///< Empty: every file of the database.
  std::string Output;               ///< "" or "-": stdout.
  EmitOptions Emit;
  ScanOptions Scan;
};

/// Scan -> merge -> emit -> write. Diagnostics go to `Errors` in a stable
/// order; the output is written only when there is no error.
ExitStatus run(const clang::tooling::CompilationDatabase &Database, RunOptions Options,
               llvm::raw_ostream &Errors);

} // namespace apigw
