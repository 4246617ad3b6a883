//===- fragment_fuzzer.cpp - Per-unit fragment files
//-----------------------===//
//
// readFragment on arbitrary text (a fragment cache can be stale, truncated or
// another tool's file): it must return an error naming the file, never throw
// or crash; a fragment it accepts must survive write -> read -> write byte
// for byte; and `clang-apigw merge` must get through merging and writing it
// (a fragment is only checked for shape, so the merge and the emitters see
// values the scanner would never produce: odd methods, paths, status codes).
//
//===----------------------------------------------------------------------===//
#include "model/Fragment.h"
#include "FuzzCheck.h"
#include "model/Merge.h"
#include "emit/OpenApiEmitter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace apigw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<Fragment> F = readFragment(Text, "unit.fragment");
  if (!F) {
    std::string Message = fuzz::errorText(F.takeError());
    FUZZ_CHECK(Message.starts_with("unit.fragment: "),
               "the error does not name the file: " + Message);
    return 0;
  }
  std::string Written = writeFragment(*F);
  llvm::Expected<Fragment> Again = readFragment(Written, "written");
  if (!Again)
    FUZZ_CHECK(false, "a written fragment does not read back: " +
                          llvm::toString(Again.takeError()) + "\n" + Written);
  std::string Rewritten = writeFragment(*Again);
  FUZZ_CHECK(Rewritten == Written, "write -> read -> write is not stable:\n" +
                                       Written + "\n---\n" + Rewritten);

  // What `merge` does next (lib/driver/Driver.cpp), twice the same unit as a
  // header seen by two units would be.
  Diagnostics Diags = F->Diags;
  ApiModel Merged = mergeUnits({{F->Source, F->Api}, {F->Source, F->Api}}, Diags);
  if (hasErrors(Diags))
    return 0;
  std::string Document =
      emitOpenApi(Merged, EmitOptions{})
          .dump(2, ' ', false,
                nlohmann::ordered_json::error_handler_t::replace);
  FUZZ_CHECK(!Document.empty(), "an empty document");
  return 0;
}
