//===- Progress.h - Units done so far, on a terminal ----------------------===//
#pragma once

#include <llvm/Support/raw_ostream.h>

#include <chrono>
#include <functional>

namespace apigw {

/// A progress callback for ScanOptions::Progress that redraws one line
/// (`[12/100] 3.4s`) on `OS` when it is a terminal, and prints nothing
/// otherwise, so logs and IDE output panes stay clean.
std::function<void(size_t Done, size_t Total)> terminalProgress(llvm::raw_ostream &OS);

} // namespace apigw
