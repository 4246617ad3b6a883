//===- TemporaryFiles.cpp -------------------------------------------------===//
#include "driver/TemporaryFiles.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <cerrno>
#include <limits>
#include <csignal>
#include <unistd.h>

namespace apigw {

namespace {

constexpr llvm::StringLiteral Prefix = ".apigw-";
constexpr size_t RandomLength = 8;

/// The process id of a name of our shape, or 0.
pid_t ownerOf(llvm::StringRef Name) {
  if (!Name.consume_front(Prefix))
    return 0;
  if (!Name.consume_back(".tmp") && !Name.consume_back(".bak"))
    return 0;
  auto [Pid, Random] = Name.split('-');
  unsigned long long Value = 0;
  if (Random.size() != RandomLength || !llvm::all_of(Random, llvm::isAlnum) ||
      llvm::getAsUnsignedInteger(Pid, 10, Value) || Value == 0 ||
      Value > static_cast<unsigned long long>(std::numeric_limits<pid_t>::max()))
    return 0;
  return static_cast<pid_t>(Value);
}

bool isRunning(pid_t Pid) { return ::kill(Pid, 0) == 0 || errno != ESRCH; }

} // namespace

llvm::Expected<std::string> writeTemporary(const std::string &Directory,
                                           llvm::StringRef Contents,
                                           llvm::sys::fs::perms Mode) {
  llvm::SmallString<256> Model(Directory);
  llvm::sys::path::append(Model, Prefix + llvm::Twine(::getpid()) + "-" +
                                     std::string(RandomLength, '%') + ".tmp");
  int FD = -1;
  llvm::SmallString<256> Path;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, Path))
    return llvm::errorCodeToError(EC);
  llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
  // The mode given at creation is cut by the umask; an existing target's
  // mode is kept whole.
  std::error_code EC = llvm::sys::fs::setPermissions(FD, Mode);
  if (!EC) {
    Out << Contents;
    Out.close();
    EC = Out.error();
    Out.clear_error();
  }
  if (EC) {
    llvm::sys::fs::remove(Path);
    return llvm::errorCodeToError(EC);
  }
  return Path.str().str();
}

std::string backupName(llvm::StringRef Temporary) {
  return (Temporary.drop_back(llvm::StringRef(".tmp").size()) + ".bak").str();
}

bool isStaleTemporary(llvm::StringRef Name, llvm::sys::TimePoint<> Modified,
                      llvm::sys::TimePoint<> RunStart) {
  pid_t Owner = ownerOf(Name);
  return Owner != 0 && Owner != ::getpid() && !isRunning(Owner) && Modified < RunStart;
}

void removeStaleTemporaries(const std::string &Directory, llvm::sys::TimePoint<> RunStart) {
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End; !EC && It != End;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (!Name.starts_with(Prefix))
      continue;
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(It->path(), Status, /*follow=*/false) ||
        !llvm::sys::fs::is_regular_file(Status))
      continue;
    if (isStaleTemporary(Name, Status.getLastModificationTime(), RunStart))
      llvm::sys::fs::remove(It->path());
  }
}

} // namespace apigw
