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

/// Whether the command compiles `File` as a language of the C family (C,
/// C++, Objective-C, CUDA, their headers), by its `-x` or else by its
/// extension as Clang's driver reads them: not assembly, not Fortran.
bool compilesCFamily(const clang::tooling::CommandLineArguments &Args, llvm::StringRef File);

/// `Args` without what chooses the target machine: `--target` (which the
/// database adds from the compiler's name, `aarch64-linux-gnu-g++`), `-march`,
/// `-mcpu`, `-mtune` and the flags Clang's driver rejects on other targets
/// than theirs. The same unit parsed for the host, when it does not compile
/// for its own target: that target's headers may not be installed.
clang::tooling::CommandLineArguments
withoutTargetChoice(const clang::tooling::CommandLineArguments &Args);

} // namespace apigw
