//===- PreambleBuilder.h - Precompiling a unit's preamble -----------------===//
#pragma once

#include "map/EnumSerializations.h"

#include <clang/Basic/FileManager.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace apigw {

/// A file a precompiled preamble was built from, as it was then.
struct FileStamp {
  std::string Path; ///< Absolute.
  uint64_t Size = 0;
  int64_t ModifiedNs = 0;
};

/// What the parse of a unit over the preamble needs besides the PCH itself:
/// the preamble's macro expansions never reach that parse.
struct PreambleFacts {
  /// Some function, variable or type alias in the preamble's headers carries an
  /// annotate attribute, so the unit's mapper must walk the preamble's
  /// declarations too; otherwise it walks only the unit's own.
  bool DeclaresAnnotated = false;
  EnumSerializations::TableMap EnumTables;
  std::vector<FileStamp> Inputs; ///< Every file read, system headers included.
};

/// Parses `Args` (a unit's command whose input is a header holding the
/// unit's preamble) with function bodies skipped and writes the PCH to
/// `PchFile`. None when the preamble does not compile on its own.
std::optional<PreambleFacts> precompilePreamble(const std::vector<std::string> &Args,
                                                clang::FileManager &Files,
                                                const std::string &PchFile);

/// Whether every input is still as it was when the preamble was built.
bool inputsUnchanged(const std::vector<FileStamp> &Inputs);

} // namespace apigw
