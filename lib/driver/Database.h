//===- Database.h - Finding and reading the compilation database ----------===//
#pragma once

#include <clang/Tooling/CompilationDatabase.h>

#include <memory>
#include <string>

namespace apigw {

/// The compilation database of a run without `--` (docs/ide.md, "Which
/// compilation database"). With `-p <dir>`: `<dir>/compile_commands.json`,
/// else `<dir>/build/compile_commands.json`, else `<dir>/compile_flags.txt`,
/// in that directory only, as clangd looks in one directory. Without `-p`:
/// the same three in `StartDirectory` and then in each of its parents. A
/// database that is found but cannot be read is an error, never a reason to
/// look further up. `File` is the file read (an output must not replace it).
/// Null and `Error` (one line) when there is none.
std::unique_ptr<clang::tooling::CompilationDatabase>
findDatabase(const std::string &BuildPath, const std::string &StartDirectory, std::string &File,
             std::string &Error);

} // namespace apigw
