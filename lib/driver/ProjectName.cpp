//===- ProjectName.cpp ----------------------------------------------------===//
#include "driver/ProjectName.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

namespace apigw {
namespace {

std::string cmakeHomeDirectory(const std::string &BuildDirectory) {
  llvm::SmallString<256> Cache(BuildDirectory);
  llvm::sys::path::append(Cache, "CMakeCache.txt");
  auto Buffer = llvm::MemoryBuffer::getFile(Cache);
  if (!Buffer)
    return "";
  llvm::StringRef Text = (*Buffer)->getBuffer();
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    if (Line.consume_front("CMAKE_HOME_DIRECTORY:INTERNAL="))
      return Line.trim().str();
  }
  return "";
}

} // namespace

std::string projectName(const std::string &BuildDirectory) {
  std::string Home = cmakeHomeDirectory(BuildDirectory);
  llvm::SmallString<256> Dir(Home.empty() ? BuildDirectory : Home);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  while (Dir.size() > 1 && llvm::sys::path::is_separator(Dir.back()))
    Dir.pop_back();
  std::string Name = llvm::sys::path::filename(Dir).str();
  return Name.empty() || Name == "." ? "api" : Name;
}

} // namespace apigw
