//===- TemporaryFiles.h - The temporaries an output is staged in ----------===//
//
// An output is written to a temporary in its own directory, then renamed
// over the target. Temporaries have short names of a fixed shape,
// `.apigw-<pid>-<8 random characters>.tmp` (and `.bak` for the backup of a
// target kept until every output is in place), so that a 255-byte output
// name still fits, and so that a later run can recognise, and remove, what a
// killed run left behind.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <llvm/Support/Chrono.h>
#include <llvm/Support/Error.h>
#include <llvm/Support/FileSystem.h>

#include <string>

namespace apigw {

/// A new temporary in `Directory` holding `Contents`, with permissions
/// `Mode`; its path.
llvm::Expected<std::string> writeTemporary(const std::string &Directory,
                                           llvm::StringRef Contents,
                                           llvm::sys::fs::perms Mode);

/// The name a backup of a target takes beside `Temporary`.
std::string backupName(llvm::StringRef Temporary);

/// Whether the file `Name` (no directory) is a temporary a dead run left: it
/// has our shape, its process id is not running, and it was last modified
/// before `RunStart`. A live run's temporary is never stale, even another
/// user's; runs on other machines sharing the directory are told apart only
/// by the time.
bool isStaleTemporary(llvm::StringRef Name, llvm::sys::TimePoint<> Modified,
                      llvm::sys::TimePoint<> RunStart);

/// Removes the stale temporaries of `Directory`; failures are ignored (the
/// next run tries again).
void removeStaleTemporaries(const std::string &Directory, llvm::sys::TimePoint<> RunStart);

} // namespace apigw
