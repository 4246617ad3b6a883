//===- SourceLocations.h - Clang locations to plain Locations -------------===//
#pragma once

#include "Diagnostic.h"

#include <clang/Basic/SourceLocation.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <string>

namespace apigw {

/// Where the user wrote it: a location inside one of our macros is moved to
/// the macro's use, since that is the line the user can fix. The file is
/// named as `displayPath` names it.
Location toLocation(const clang::SourceManager &SM, clang::SourceLocation Loc);

/// `Name` absolute against the unit's working directory, `.` removed, as a
/// precompiled preamble records the files it was built from. `..` stays: a
/// symbolic link may sit before it (GCC's /lib/gcc/<triple>/12/../../..).
std::string absolutePath(llvm::vfs::FileSystem &FS, llvm::StringRef Name);

/// `absolutePath` with `..` removed too: one spelling of a file whichever
/// path led Clang to it (`-I../include`, `./x.h`, a precompiled preamble),
/// for keys and messages, never to open the file.
std::string lexicalPath(llvm::vfs::FileSystem &FS, llvm::StringRef Name);

/// `lexicalPath`, made relative when it lies under the working directory,
/// so that messages about a project's files stay short.
std::string displayPath(llvm::vfs::FileSystem &FS, llvm::StringRef Name);

} // namespace apigw
