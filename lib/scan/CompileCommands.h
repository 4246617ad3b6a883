//===- CompileCommands.h - Compile commands as this tool runs them --------===//
#pragma once

#include <clang/Tooling/ArgumentsAdjusters.h>

#include <string>

namespace apigw {

/// The adjustments every compile command gets before the scan:
///  - only parse (`-fsyntax-only`), no outputs or dependency files;
///  - drop the flags Clang's driver does not know: databases are usually
///    written for GCC (`-fconcepts-diagnostics-depth=2`), and an unknown flag
///    is fatal to Clang's driver but says nothing about the API;
///  - no warnings (`-w`): the user's compiler reports those, we report errors;
///  - `-resource-dir=<ResourceDir>` unless the command names one;
///  - `-D__CLANG_APIGW__=1` so code can tell it is being scanned.
clang::tooling::ArgumentsAdjuster scanAdjuster(const std::string &ResourceDir);

} // namespace apigw
