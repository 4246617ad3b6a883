//===- Database.h - Finding the compilation database ----------------------===//
#pragma once

#include <clang/Tooling/CompilationDatabase.h>

#include <memory>
#include <string>

namespace apigw {

/// The compilation database for a run that names no source (scan them all):
/// in `BuildPath` when given (`-p`), else in the current directory or the
/// nearest parent that has one, as clang tools look for it. Null and `Error`
/// set when there is none.
std::unique_ptr<clang::tooling::CompilationDatabase> findDatabase(const std::string &BuildPath,
                                                                  std::string &Error);

} // namespace apigw
