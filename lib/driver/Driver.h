//===- Driver.h - One run of clang-apigw, start to finish -----------------===//
//
// Three entry points over the same stages (scan -> merge -> emit -> write):
// the whole database at once, one unit to a fragment (`scan`), and fragments
// to the document (`merge`), so that a build system can cache and distribute
// the per-unit work and still get the very same bytes.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/ApiChecks.h"
#include "emit/OpenApiEmitter.h"
#include "driver/OutputChecks.h"
#include "scan/Scanner.h"

#include <llvm/Support/raw_ostream.h>

namespace apigw {

/// Exit statuses (docs/design.md, "The contract").
enum ExitStatus { ExitSuccess = 0, ExitInputError = 1, ExitUsageError = 2 };

struct RunOptions {
  std::vector<std::string> Sources; ///< Empty: every file of the database.
  std::string Output;               ///< -o: the document or the fragment; "" or "-": stdout.
  /// The other outputs asked for (`--public-output`, `--tf-vars`: options of
  /// registered generators, outputs/Generator.h), in the registry's order.
  std::vector<NamedOutput> MoreOutputs;
  std::string Format;               ///< --format json|yaml; "": by extension.
  bool Check = false;               ///< --check: compare, write nothing.
  bool ListRoutes = false;          ///< --list-routes: routes to stdout, no document.
  std::string DepFile;              ///< `scan`: a Make-style depfile for Output.
  std::string DatabaseFile;         ///< The compilation database's file; "": none.
  bool Quiet = false;               ///< Only diagnostics: no summary line.
  EmitOptions Emit;
  ScanOptions Scan;
  GatewayLimits Limits; ///< --max-resources, --max-authorizers.
};

/// Scans every unit and writes the document (and the public spec and the
/// Terraform variables when asked), or with Check compares them.
ExitStatus runWhole(const clang::tooling::CompilationDatabase &Database, RunOptions Options,
                    llvm::raw_ostream &Errors);

/// Scans one unit (Options.Sources[0]) and writes its fragment.
ExitStatus runScan(const clang::tooling::CompilationDatabase &Database, RunOptions Options,
                   llvm::raw_ostream &Errors);

/// Merges fragments (Options.Sources are their paths) and writes the document.
ExitStatus runMerge(RunOptions Options, llvm::raw_ostream &Errors);

} // namespace apigw
