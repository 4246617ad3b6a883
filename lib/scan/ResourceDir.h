//===- ResourceDir.h - Where Clang's builtin headers are ------------------===//
#pragma once

#include <string>

namespace apigw {

/// Clang's resource directory (builtin headers such as <stddef.h>) for the
/// Clang this tool links against. libTooling guesses it from the executable's
/// path, which is wrong once the binary is installed or copied elsewhere, so
/// (like include-what-you-use) we record it at configure time and fall back to
/// `<exe>/../lib/clang/<major>` when that directory is gone.
/// `Argv0`/`MainAddr` locate the running executable.
std::string findResourceDir(const char *Argv0, void *MainAddr);

} // namespace apigw
