//===- FuzzCheck.h - Invariant checks shared by the fuzz targets ----------===//
//
// A broken invariant is a finding like a sanitizer report: print what was
// expected and abort, so libFuzzer saves the input as a crash artifact.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <llvm/Support/Error.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#define FUZZ_CHECK(Cond, Message)                                              \
  do {                                                                         \
    if (!(Cond)) {                                                             \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n  %s\n", __FILE__,    \
                   __LINE__, #Cond, std::string(Message).c_str());             \
      std::abort();                                                            \
    }                                                                          \
  } while (false)

namespace apigw::fuzz {

/// The error's message, checked to be non-empty: every rejection must tell
/// the user something.
inline std::string errorText(llvm::Error E) {
  std::string Text = llvm::toString(std::move(E));
  FUZZ_CHECK(!Text.empty(), "an error without a message");
  return Text;
}

} // namespace apigw::fuzz
