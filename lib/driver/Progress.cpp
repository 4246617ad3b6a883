//===- Progress.cpp -------------------------------------------------------===//
#include "driver/Progress.h"

#include <llvm/Support/Format.h>

namespace apigw {

std::function<void(size_t Done, size_t Total)> terminalProgress(llvm::raw_ostream &OS) {
  if (!OS.is_displayed())
    return nullptr;
  const auto Start = std::chrono::steady_clock::now();
  return [&OS, Start](size_t Done, size_t Total) {
    const std::chrono::duration<double> Elapsed = std::chrono::steady_clock::now() - Start;
    OS << "\r[" << Done << "/" << Total << "] " << llvm::format("%.1fs", Elapsed.count())
       << (Done == Total ? "\n" : "");
    OS.flush();
  };
}

} // namespace apigw
