//===- OutputFile.h - Outputs that appear whole or not at all -------------===//
#pragma once

#include <llvm/Support/Error.h>

#include <string>
#include <string_view>

namespace apigw {

/// A file to write once everything succeeded. `Path` "-" or "" is stdout.
/// The bytes go to a temporary file beside the target, renamed over it, so a
/// reader (or a failed run) never sees a half-written or clobbered spec.
llvm::Error writeFileAtomically(const std::string &Path, std::string_view Contents);

/// Checks up front that `Path` can be written (its directory exists and the
/// path is not a directory), so a run fails before the expensive scan.
llvm::Error checkWritable(const std::string &Path);

} // namespace apigw
