//===- CacheEntries.cpp ---------------------------------------------------===//
#include "scan/CacheEntries.h"

#include <llvm/ADT/StringMap.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Process.h>

#include <vector>

namespace apigw {
namespace {

using Clock = std::chrono::system_clock;

/// The files of one key.
struct Entry {
  std::vector<std::string> Files;
  bool Young = false; ///< One of them is younger than the lifetime.
};

} // namespace

void markUsed(const std::string &FactsFile) {
  int FD = -1;
  if (llvm::sys::fs::openFileForWrite(FactsFile, FD, llvm::sys::fs::CD_OpenExisting,
                                      llvm::sys::fs::OF_Append))
    return;
  (void)llvm::sys::fs::setLastAccessAndModificationTime(FD, Clock::now());
  llvm::sys::Process::SafelyCloseFileDescriptor(FD);
}

void pruneUnused(const std::string &Directory, std::chrono::hours Lifetime) {
  const Clock::time_point Oldest = Clock::now() - Lifetime;
  llvm::StringMap<Entry> Entries;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(It->path(), Status) || !llvm::sys::fs::is_regular_file(Status))
      continue;
    Entry &E = Entries[llvm::sys::path::stem(It->path())];
    E.Files.push_back(It->path());
    E.Young |= Status.getLastModificationTime() >= Oldest;
  }
  // Using an entry touches its .json: an entry whose files are all old is
  // unused (or a build that died).
  for (const auto &Key : Entries)
    if (!Key.second.Young)
      for (const std::string &File : Key.second.Files)
        llvm::sys::fs::remove(File);
}

} // namespace apigw
