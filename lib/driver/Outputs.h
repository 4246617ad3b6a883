//===- Outputs.h - The files one run writes, all or none ------------------===//
#pragma once

#include <llvm/Support/Error.h>

#include <string>
#include <vector>

namespace apigw {

/// `Path` "" or "-" is stdout.
bool isStdout(const std::string &Path);

/// An existing file that is neither regular nor a directory (`/dev/null`, a
/// pipe): written to in place, never replaced by a rename.
bool isSpecialFile(const std::string &Path);

struct PlannedOutput {
  std::string Path;
  std::string Contents;
};

/// Checks up front that `Path` can be written (its directory exists and the
/// path is not a directory), so a run fails before the expensive scan.
llvm::Error checkWritable(const std::string &Path);

/// Writes every output, or, as far as a file system allows, none (the rules
/// are docs/outputs.md's): each file goes to a temporary in its target's
/// directory first (links followed, an existing target's permissions
/// kept); then stdout and special files (`/dev/null`, a pipe) are written;
/// only then are the temporaries renamed into place, and when a rename
/// fails the files already replaced are put back.
llvm::Error writeOutputs(const std::vector<PlannedOutput> &Outputs);

/// Prints `Contents` on stdout and flushes it: an error when that fails
/// (`>/dev/full`, a closed stdout), reported once, here.
llvm::Error writeStdout(llvm::StringRef Contents);

/// Run first: gives closed standard descriptors a harmless file, so that no
/// file the run opens takes their number (see Outputs.cpp).
void reserveStandardStreams();

} // namespace apigw
