//===- SourceLocations.cpp ------------------------------------------------===//
#include "SourceLocations.h"

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

std::string displayPath(llvm::vfs::FileSystem &FS, llvm::StringRef Name) {
  const std::string Path = lexicalPath(FS, Name);
  const std::string WorkingDirectory = lexicalPath(FS, ".");
  llvm::StringRef Directory = llvm::StringRef(WorkingDirectory).rtrim('/');
  llvm::StringRef Rest = Path;
  // A whole-component prefix only: /src/app is not under /src/a.
  if (!Directory.empty() && Rest.consume_front(Directory) && Rest.consume_front("/"))
    return Rest.str();
  return Path;
}

Location toLocation(const clang::SourceManager &SM, clang::SourceLocation Loc) {
  if (Loc.isInvalid())
    return {};
  clang::PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Loc));
  if (P.isInvalid())
    return {};
  // A header seen by many units must get one location so the merge
  // recognises it.
  return {displayPath(SM.getFileManager().getVirtualFileSystem(), P.getFilename()), P.getLine(),
          P.getColumn()};
}

} // namespace apigw
