//===- Database.cpp -------------------------------------------------------===//
#include "Database.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

namespace apigw {

std::unique_ptr<clang::tooling::CompilationDatabase> findDatabase(const std::string &BuildPath,
                                                                  std::string &Error) {
  using clang::tooling::CompilationDatabase;
  if (!BuildPath.empty())
    return CompilationDatabase::autoDetectFromDirectory(BuildPath, Error);
  llvm::SmallString<256> Dir;
  llvm::sys::fs::current_path(Dir);
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    std::string Ignored;
    if (auto Database = CompilationDatabase::autoDetectFromDirectory(D, Ignored))
      return Database;
  }
  Error = "no compilation database (compile_commands.json) in '" + Dir.str().str() +
          "' or its parents; name its directory with -p, or give sources and flags after '--'";
  return nullptr;
}

} // namespace apigw
