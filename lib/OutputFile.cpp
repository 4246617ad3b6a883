//===- OutputFile.cpp -----------------------------------------------------===//
#include "OutputFile.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

namespace apigw {
namespace {

bool isStdout(const std::string &Path) { return Path.empty() || Path == "-"; }

std::string directoryOf(const std::string &Path) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
  return Dir.empty() ? "." : Dir.str();
}

} // namespace

llvm::Error checkWritable(const std::string &Path) {
  if (isStdout(Path))
    return llvm::Error::success();
  if (llvm::sys::fs::is_directory(Path))
    return llvm::createStringError("cannot write '" + Path + "': it is a directory");
  const std::string Dir = directoryOf(Path);
  if (!llvm::sys::fs::is_directory(Dir))
    return llvm::createStringError("cannot write '" + Path + "': no directory '" + Dir + "'");
  if (llvm::sys::fs::access(Dir, llvm::sys::fs::AccessMode::Write))
    return llvm::createStringError("cannot write '" + Path + "': directory '" + Dir +
                                   "' is not writable");
  return llvm::Error::success();
}

llvm::Error writeFileAtomically(const std::string &Path, std::string_view Contents) {
  if (isStdout(Path)) {
    llvm::outs() << Contents;
    llvm::outs().flush();
    return llvm::Error::success();
  }
  if (llvm::Error E = checkWritable(Path))
    return E;
  llvm::SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%";
  int FD = -1;
  llvm::SmallString<256> TempPath;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, TempPath))
    return llvm::createStringError(EC, "cannot write '" + Path + "': " + EC.message());
  {
    llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
    Out << Contents;
    Out.close();
    if (Out.has_error()) {
      std::string Why = Out.error().message();
      Out.clear_error();
      llvm::sys::fs::remove(TempPath);
      return llvm::createStringError("cannot write '" + Path + "': " + Why);
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(TempPath, Path)) {
    llvm::sys::fs::remove(TempPath);
    return llvm::createStringError(EC, "cannot write '" + Path + "': " + EC.message());
  }
  return llvm::Error::success();
}

} // namespace apigw
