//===- SourceLocations.cpp ------------------------------------------------===//
#include "SourceLocations.h"

#include <llvm/Support/Path.h>

namespace apigw {

Location toLocation(const clang::SourceManager &SM, clang::SourceLocation Loc) {
  if (Loc.isInvalid())
    return {};
  clang::PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Loc));
  if (P.isInvalid())
    return {};
  llvm::SmallString<256> File(P.getFilename());
  // `./models.h` and `models.h` are one file; a header seen by many units must
  // get one location so the merge recognises it.
  llvm::sys::path::remove_dots(File, /*remove_dot_dot=*/true);
  return {File.str().str(), P.getLine(), P.getColumn()};
}

} // namespace apigw
