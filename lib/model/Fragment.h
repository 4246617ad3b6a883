//===- Fragment.h - One translation unit's scan, cached on disk -----------===//
//
// The map half of clang-doc's map-reduce: a build system runs one scan per
// unit, keeps its fragment, and merges the fragments later (Merge.h), so an
// unchanged unit is never parsed again. The file is JSON tagged with a format
// name and a version; a reader that finds anything else reports it instead of
// guessing, so the build system can rescan the unit.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/RepresentationJson.h"

#include <llvm/Support/Error.h>

#include <string>
#include <string_view>
#include <vector>

namespace apigw {

struct Fragment {
  std::string Source; ///< The unit's main file, as the compile command names it.
  std::string Directory; ///< The compile command's directory (the default title).
  ApiModel Api;
  Diagnostics Diags;
  /// Every file the unit read, for a depfile: the fragment is stale when any
  /// of them changes.
  std::vector<std::string> Dependencies;
};

/// The fragment as JSON text: sorted keys (byte-identical for equal
/// fragments, so caches and diffs stay quiet), one-space indentation and a
/// trailing newline. Invalid UTF-8 in a string becomes U+FFFD rather than an
/// exception: a cached comment with a Latin-1 byte must not stop the build.
std::string writeFragment(const Fragment &F);

/// Parses writeFragment's output. Any problem (not JSON, another format or
/// version, a missing or ill-typed field) is an error whose message starts
/// with `Name` and names the offending field; nothing throws.
llvm::Expected<Fragment> readFragment(std::string_view Text,
                                      std::string_view Name);

} // namespace apigw
