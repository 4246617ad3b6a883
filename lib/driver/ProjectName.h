//===- ProjectName.h - The default API title ------------------------------===//
#pragma once

#include <string>

namespace apigw {

/// The name of the project compiled in `BuildDirectory` (a compile command's
/// working directory): for a CMake build tree, the source directory's name
/// (from CMakeCache.txt's CMAKE_HOME_DIRECTORY), else the directory's own.
std::string projectName(const std::string &BuildDirectory);

} // namespace apigw
