//===- SourceLocations.h - Clang locations to plain Locations -------------===//
#pragma once

#include "model/Diagnostic.h"

#include <clang/Basic/FileManager.h>
#include <clang/Basic/SourceLocation.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <string>

namespace apigw {

/// Where the user wrote it: a location inside one of our macros is moved to
/// the macro's use, since that is the line the user can fix. The file is
/// named by `canonicalPath` (docs/ide.md, "File names").
Location toLocation(const clang::SourceManager &SM, clang::SourceLocation Loc);

/// `Name` absolute against the unit's working directory, `.` removed, as a
/// precompiled preamble records the files it was built from. `..` stays: a
/// symbolic link may sit before it (GCC's /lib/gcc/<triple>/12/../../..).
std::string absolutePath(llvm::vfs::FileSystem &FS, llvm::StringRef Name);

/// `absolutePath` with `..` removed too: one spelling of a file whichever
/// path led Clang to it (`-I../include`, `./x.h`, a precompiled preamble),
/// for keys and messages, never to open the file.
std::string lexicalPath(llvm::vfs::FileSystem &FS, llvm::StringRef Name);

/// The one name of `File`, whichever path led Clang to it (`../include/x.h`
/// from one unit, `include/x.h` from another, a symbolic link): absolute,
/// `.` and `..` removed, symbolic links resolved, as clangd names files.
std::string canonicalPath(clang::FileManager &Files, clang::FileEntryRef File);

} // namespace apigw
