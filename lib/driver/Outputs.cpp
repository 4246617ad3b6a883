//===- Outputs.cpp - The files one run writes, all or none ----------------===//
#include "driver/Outputs.h"

#include "driver/TemporaryFiles.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace apigw {

namespace {

llvm::Error cannotWrite(const std::string &Path, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "cannot write '" + Path + "': " + Why);
}

llvm::Error writeTo(const std::string &Path, llvm::StringRef Contents,
                    llvm::sys::fs::OpenFlags Flags) {
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC, Flags);
  if (EC)
    return cannotWrite(Path, EC.message());
  Out << Contents;
  Out.close();
  if (Out.has_error()) {
    std::string Why = Out.error().message();
    Out.clear_error();
    return cannotWrite(Path, Why);
  }
  return llvm::Error::success();
}

std::string directoryOf(const std::string &Path) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
  return Dir.empty() ? "." : Dir.str();
}

/// The file a write to `Path` lands in: symbolic links are followed, even a
/// dangling one (the write creates its target), so that the link stays.
llvm::Expected<std::string> followLinks(std::string Path) {
  // Linux's own limit on links followed in one path.
  constexpr int MaxLinks = 40;
  for (int Followed = 0; Followed < MaxLinks; ++Followed) {
    char Target[PATH_MAX];
    ssize_t Length = ::readlink(Path.c_str(), Target, sizeof Target);
    if (Length < 0)
      return Path; // Not a link, or nothing there yet.
    llvm::StringRef Link(Target, static_cast<size_t>(Length));
    llvm::SmallString<256> Next(llvm::sys::path::is_absolute(Link)
                                    ? llvm::StringRef()
                                    : llvm::sys::path::parent_path(Path));
    llvm::sys::path::append(Next, Link);
    Path = Next.str().str();
  }
  return cannotWrite(Path, "too many levels of symbolic links");
}

/// The permissions a new file gets; an existing target's are kept.
llvm::sys::fs::perms permissionsFor(const std::string &Target) {
  llvm::ErrorOr<llvm::sys::fs::perms> Existing = llvm::sys::fs::getPermissions(Target);
  if (Existing)
    return *Existing;
  mode_t Mask = ::umask(0);
  ::umask(Mask);
  return static_cast<llvm::sys::fs::perms>(0666 & ~Mask);
}

/// A file output on its way into place.
struct Staged {
  const PlannedOutput *Output;
  std::string Target;    ///< Output->Path with its links followed.
  std::string Temporary; ///< Empty: a special file, written directly.
  std::string Backup;    ///< The target's former contents, while committing.
};

llvm::Expected<Staged> stage(const PlannedOutput &Out, llvm::sys::TimePoint<> RunStart,
                             std::set<std::string> &Cleaned) {
  auto Target = followLinks(Out.Path);
  if (!Target)
    return Target.takeError();
  if (isSpecialFile(*Target))
    return Staged{&Out, *Target, "", ""};
  std::string Directory = directoryOf(*Target);
  if (Cleaned.insert(Directory).second)
    removeStaleTemporaries(Directory, RunStart);
  auto Temporary = writeTemporary(Directory, Out.Contents, permissionsFor(*Target));
  if (!Temporary)
    return cannotWrite(Out.Path, llvm::toString(Temporary.takeError()));
  return Staged{&Out, *Target, *Temporary, ""};
}

void removeTemporaries(const std::vector<Staged> &Files) {
  for (const Staged &S : Files)
    if (!S.Temporary.empty())
      llvm::sys::fs::remove(S.Temporary);
}

/// What is not renamed into place: stdout and special files, written
/// before any file is committed so that their failure changes no file.
llvm::Error writeStreams(const std::vector<PlannedOutput> &Outputs,
                         const std::vector<Staged> &Files) {
  for (const PlannedOutput &Out : Outputs)
    if (isStdout(Out.Path))
      if (llvm::Error E = writeStdout(Out.Contents))
        return E;
  for (const Staged &S : Files)
    if (S.Temporary.empty())
      if (llvm::Error E = writeTo(S.Target, S.Output->Contents, llvm::sys::fs::OF_None))
        return E;
  return llvm::Error::success();
}

/// Keeps the target's current contents under a second name (a hard link,
/// or a copy where the file system has none) until every output is in place.
std::error_code keepBackup(Staged &S) {
  // Anything else (a directory that appeared since the checks) makes the
  // rename fail, which puts the others back.
  if (!llvm::sys::fs::is_regular_file(S.Target))
    return {};
  std::string Backup = backupName(S.Temporary);
  std::error_code EC = llvm::sys::fs::create_hard_link(S.Target, Backup);
  if (EC)
    EC = llvm::sys::fs::copy_file(S.Target, Backup);
  if (EC)
    llvm::sys::fs::remove(Backup); // A copy that failed half-way.
  else
    S.Backup = Backup;
  return EC;
}

/// Puts back what `S` replaced: its backup, or no file at all.
void restore(const Staged &S) {
  if (S.Temporary.empty())
    return;
  if (S.Backup.empty())
    llvm::sys::fs::remove(S.Target);
  else
    llvm::sys::fs::rename(S.Backup, S.Target);
}

/// Renames every temporary over its target; when one rename fails, the
/// targets already replaced get their former contents back.
llvm::Error commit(std::vector<Staged> &Files) {
  size_t Replaced = 0;
  std::error_code EC;
  for (; Replaced < Files.size(); ++Replaced) {
    Staged &S = Files[Replaced];
    if (S.Temporary.empty())
      continue;
    EC = keepBackup(S);
    if (!EC)
      EC = llvm::sys::fs::rename(S.Temporary, S.Target);
    if (EC)
      break;
  }
  if (EC)
    for (size_t I = 0; I < Replaced; ++I)
      restore(Files[I]);
  // Restored backups are gone already; the others are no longer needed.
  for (const Staged &S : Files)
    if (!S.Backup.empty())
      llvm::sys::fs::remove(S.Backup);
  if (!EC)
    return llvm::Error::success();
  removeTemporaries(Files);
  return cannotWrite(Files[Replaced].Output->Path, EC.message());
}

} // namespace

bool isStdout(const std::string &Path) { return Path.empty() || Path == "-"; }

bool isSpecialFile(const std::string &Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status))
    return false;
  return llvm::sys::fs::exists(Status) &&
         !llvm::sys::fs::is_regular_file(Status) &&
         !llvm::sys::fs::is_directory(Status);
}

llvm::Error checkWritable(const std::string &Path) {
  if (isStdout(Path))
    return llvm::Error::success();
  auto Target = followLinks(Path);
  if (!Target)
    return Target.takeError();
  if (llvm::sys::fs::is_directory(*Target))
    return cannotWrite(Path, "it is a directory");
  const std::string Dir = directoryOf(*Target);
  if (!llvm::sys::fs::is_directory(Dir))
    return cannotWrite(Path, "no directory '" + Dir + "'");
  if (llvm::sys::fs::access(Dir, llvm::sys::fs::AccessMode::Write))
    return cannotWrite(Path, "directory '" + Dir + "' is not writable");
  return llvm::Error::success();
}

llvm::Error writeStdout(llvm::StringRef Contents) {
  llvm::raw_fd_ostream &Out = llvm::outs();
  Out << Contents;
  Out.flush();
  if (!Out.has_error())
    return llvm::Error::success();
  std::string Why = Out.error().message();
  // Reported here, once: LLVM would otherwise stop the process at exit.
  Out.clear_error();
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "cannot write to stdout: " + Why);
}

void reserveStandardStreams() {
  // A file opened while descriptor 1 or 2 is closed would get that number,
  // and whatever is printed would go into it. Closed stdout is reserved
  // read-only, so printing the document there fails and says so; closed
  // stderr and stdin are /dev/null.
  for (int FD : {0, 1, 2}) {
    if (::fcntl(FD, F_GETFD) != -1 || errno != EBADF)
      continue;
    int Opened = ::open("/dev/null", FD == 2 ? O_WRONLY : O_RDONLY);
    if (Opened >= 0 && Opened != FD) {
      ::dup2(Opened, FD);
      ::close(Opened);
    }
  }
}

llvm::Error writeOutputs(const std::vector<PlannedOutput> &Outputs) {
  const llvm::sys::TimePoint<> RunStart = std::chrono::system_clock::now();
  std::set<std::string> Cleaned;
  std::vector<Staged> Files;
  for (const PlannedOutput &Out : Outputs) {
    if (isStdout(Out.Path))
      continue;
    auto S = stage(Out, RunStart, Cleaned);
    if (!S) {
      removeTemporaries(Files);
      return S.takeError();
    }
    Files.push_back(std::move(*S));
  }
  if (llvm::Error E = writeStreams(Outputs, Files)) {
    removeTemporaries(Files);
    return E;
  }
  return commit(Files);
}

} // namespace apigw
