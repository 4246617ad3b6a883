//===- OutputChecks.cpp ---------------------------------------------------===//
#include "driver/OutputChecks.h"

#include "driver/Outputs.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <map>
#include <set>
#include <variant>

namespace apigw {

namespace {

llvm::Error usage(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return Absolute.str().str();
}

/// What tells two names of one file apart from two files: the file's
/// identity when it exists (links and hard links included), else its path.
using FileKey = std::variant<llvm::sys::fs::UniqueID, std::string>;

FileKey fileKey(const std::string &Path) {
  llvm::sys::fs::UniqueID Id;
  if (!llvm::sys::fs::getUniqueID(Path, Id))
    return Id;
  return absolutePath(Path);
}

} // namespace

llvm::Error checkOutputPaths(const std::vector<NamedOutput> &Outputs, bool Writing) {
  const NamedOutput *ToStdout = nullptr;
  std::set<FileKey> Files;
  for (const NamedOutput &Output : Outputs) {
    if (isStdout(Output.Path)) {
      if (ToStdout)
        return usage(llvm::Twine("only one output can go to stdout, and ") + ToStdout->Option +
                     " and " + Output.Option + " both do; name a file for one of them");
      ToStdout = &Output;
      continue;
    }
    if (!Files.insert(fileKey(Output.Path)).second)
      return usage("'" + Output.Path + "' is named as two outputs");
    if (Writing && !isSpecialFile(Output.Path))
      if (llvm::Error E = checkWritable(Output.Path))
        return E;
  }
  return llvm::Error::success();
}

llvm::Error checkOutputsAreNotInputs(const std::vector<NamedOutput> &Outputs,
                                     const std::vector<RunInput> &Inputs) {
  std::map<llvm::sys::fs::UniqueID, const NamedOutput *> Existing;
  for (const NamedOutput &Output : Outputs) {
    llvm::sys::fs::UniqueID Id;
    if (!isStdout(Output.Path) && !isSpecialFile(Output.Path) &&
        !llvm::sys::fs::getUniqueID(Output.Path, Id))
      Existing.emplace(Id, &Output);
  }
  if (Existing.empty())
    return llvm::Error::success(); // A file that does not exist yet is no input.
  std::set<std::string> Seen;
  for (const RunInput &Input : Inputs) {
    llvm::sys::fs::UniqueID Id;
    if (!Seen.insert(Input.Path).second || llvm::sys::fs::getUniqueID(Input.Path, Id))
      continue;
    if (auto It = Existing.find(Id); It != Existing.end())
      return usage(llvm::Twine(It->second->Option) + " '" + It->second->Path + "' is " +
                   Input.Kind + "; name another file");
  }
  return llvm::Error::success();
}

} // namespace apigw
