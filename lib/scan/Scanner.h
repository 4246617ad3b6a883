//===- Scanner.h - Scanning translation units, in parallel ----------------===//
#pragma once

#include "model/Fragment.h"
#include "model/Representation.h"
#include "scan/PreambleCache.h"

#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>

#include <functional>
#include <string>
#include <vector>

namespace apigw {

/// What one translation unit contributed (clang-doc's "map" step): the
/// fragment `scan` writes, and how the parse went.
struct UnitResult {
  Fragment Scanned;
  std::string CompilerOutput; ///< Clang's own diagnostics, already formatted.
  bool ParseFailed = false;
  bool Skipped = false; ///< The prescan found no annotation: not parsed.
  /// It did not compile for its command's target and CPU, and was parsed for
  /// the host instead (withoutTargetChoice).
  bool HostFallback = false;
};

struct ScanOptions {
  unsigned Jobs = 0; ///< 0: every core.
  clang::tooling::ArgumentsAdjuster Adjuster;
  bool Prescan = true; ///< Skip the parse of units without annotations.
  /// Where units find their precompiled preambles; none: every unit is
  /// parsed whole.
  std::shared_ptr<PreambleCache> Preambles;
  /// Called after each unit with the count done so far (for progress).
  std::function<void(size_t Done, size_t Total)> Progress;
};

/// Parses each source with its compile command (function bodies skipped) and
/// maps it. Each unit gets its own file system view, so working directories
/// of parallel units never collide. Results are in the order of `Sources`.
std::vector<UnitResult> scanUnits(const clang::tooling::CompilationDatabase &Database,
                                  const std::vector<std::string> &Sources,
                                  const ScanOptions &Options);

} // namespace apigw
