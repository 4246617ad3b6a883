//===- ResourceDir.cpp ----------------------------------------------------===//
#include "scan/ResourceDir.h"

#include <clang/Driver/Driver.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace apigw {
namespace {

bool hasBuiltinHeaders(llvm::StringRef Dir) {
  llvm::SmallString<256> Probe(Dir);
  llvm::sys::path::append(Probe, "include", "stddef.h");
  return llvm::sys::fs::exists(Probe);
}

} // namespace

std::string findResourceDir(const char *Argv0, void *MainAddr) {
  if (hasBuiltinHeaders(APIGW_CLANG_RESOURCE_DIR))
    return APIGW_CLANG_RESOURCE_DIR;
  const std::string Exe = llvm::sys::fs::getMainExecutable(Argv0, MainAddr);
  std::string Guess = clang::driver::Driver::GetResourcesPath(Exe);
  if (hasBuiltinHeaders(Guess))
    return Guess;
  // Debian's layout, whatever prefix the executable was copied to.
  llvm::SmallString<256> Debian("/usr/lib/llvm-" APIGW_CLANG_VERSION_MAJOR "/lib/clang/");
  Debian += APIGW_CLANG_VERSION_MAJOR;
  return hasBuiltinHeaders(Debian) ? Debian.str().str() : std::string(APIGW_CLANG_RESOURCE_DIR);
}

} // namespace apigw
