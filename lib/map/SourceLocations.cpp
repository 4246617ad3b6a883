//===- SourceLocations.cpp ------------------------------------------------===//
#include "map/SourceLocations.h"

#include <llvm/Support/Path.h>

namespace apigw {

namespace {

std::string absolute(llvm::vfs::FileSystem &FS, llvm::StringRef Name, bool RemoveDotDot) {
  llvm::SmallString<256> Path(Name);
  FS.makeAbsolute(Path);
  llvm::sys::path::remove_dots(Path, RemoveDotDot);
  return Path.str().str();
}

} // namespace

std::string absolutePath(llvm::vfs::FileSystem &FS, llvm::StringRef Name) {
  return absolute(FS, Name, /*RemoveDotDot=*/false);
}

std::string lexicalPath(llvm::vfs::FileSystem &FS, llvm::StringRef Name) {
  return absolute(FS, Name, /*RemoveDotDot=*/true);
}

std::string canonicalPath(clang::FileManager &Files, clang::FileEntryRef File) {
  llvm::StringRef Name = Files.getCanonicalName(File);
  // The canonical name is relative only when the file system could tell
  // neither the real nor the absolute path.
  return lexicalPath(Files.getVirtualFileSystem(), Name);
}

Location toLocation(const clang::SourceManager &SM, clang::SourceLocation Loc) {
  if (Loc.isInvalid())
    return {};
  const clang::SourceLocation FileLoc = SM.getFileLoc(Loc);
  clang::PresumedLoc P = SM.getPresumedLoc(FileLoc);
  if (P.isInvalid())
    return {};
  // A header seen by many units must get one location so the merge
  // recognises it, whichever directory each unit runs in and whichever
  // path led there. A `#line` name is not a file to resolve.
  clang::FileManager &Files = SM.getFileManager();
  clang::OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(FileLoc));
  std::string File = Entry && Entry->getName() == P.getFilename()
                         ? canonicalPath(Files, *Entry)
                         : lexicalPath(Files.getVirtualFileSystem(), P.getFilename());
  return {std::move(File), P.getLine(), P.getColumn()};
}

} // namespace apigw
