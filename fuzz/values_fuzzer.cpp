//===- values_fuzzer.cpp - Typed annotation values
//-------------------------===//
//
// parseInteger, parseNumber, parseStatusCode and parseJsonValue (the values of
// `minimum=`, `status_code=`, `default=`, `example=`) on arbitrary text.
//
//===----------------------------------------------------------------------===//
#include "FuzzCheck.h"
#include "keys/Values.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace apigw;

namespace {

void checkNumbers(std::string_view Text) {
  llvm::Expected<std::int64_t> Integer = parseInteger(Text);
  llvm::Expected<double> Number = parseNumber(Text);
  llvm::Expected<int> Status = parseStatusCode(Text);

  if (Number)
    FUZZ_CHECK(std::isfinite(*Number), "a number that is not finite");
  if (Integer) {
    // Every integer is a number too: `minimum=` must not refuse what
    // `min_length=` takes.
    FUZZ_CHECK(static_cast<bool>(Number), "an integer that is not a number");
  }
  if (Status) {
    FUZZ_CHECK(*Status >= 100 && *Status <= 599, "status code out of range");
    FUZZ_CHECK(Integer && *Integer == *Status,
               "a status that is not an integer");
  }
  if (!Integer)
    fuzz::errorText(Integer.takeError());
  if (!Number)
    fuzz::errorText(Number.takeError());
  if (!Status)
    fuzz::errorText(Status.takeError());
}

void checkJson(std::string_view Text) {
  llvm::Expected<nlohmann::json> Value = parseJsonValue(Text);
  if (!Value) {
    std::string Message = fuzz::errorText(Value.takeError());
    FUZZ_CHECK(Message.starts_with("not valid JSON: ") ||
                   Message.starts_with("JSON nested more than "),
               Message);
    return;
  }
  // What the emitter will do with it: write it (strictly: the parser only
  // accepts valid UTF-8), and a written value reads back as itself.
  std::string Written = Value->dump();
  llvm::Expected<nlohmann::json> Again = parseJsonValue(Written);
  FUZZ_CHECK(static_cast<bool>(Again),
             "the written value does not parse: " + Written);
  FUZZ_CHECK(Again->dump() == Written,
             "the value changed on a round trip: " + Written);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  checkNumbers(Text);
  checkJson(Text);
  return 0;
}
