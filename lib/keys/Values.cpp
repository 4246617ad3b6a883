//===- Values.cpp - Typed annotation values -------------------------------===//
//
// Strict on purpose: `minimum=10 ` or `status_code=20O` is a typo the user
// wants to hear about, not a value to guess at.
//
//===----------------------------------------------------------------------===//
#include "keys/Values.h"

#include "model/JsonDepth.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

namespace apigw {

static llvm::Error valueError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

static std::string quoted(std::string_view Text) {
  return "'" + std::string(Text) + "'";
}

/// std::from_chars takes `-` but not `+`; a leading `+` is accepted by
/// dropping it, unless a second sign follows (`+-1`).
static std::string_view dropPlus(std::string_view Text) {
  if (Text.size() > 1 && Text.front() == '+' && Text[1] != '-' &&
      Text[1] != '+')
    Text.remove_prefix(1);
  return Text;
}

llvm::Expected<std::int64_t> parseInteger(std::string_view Text) {
  std::string_view Digits = dropPlus(Text);
  std::int64_t Value = 0;
  const char *End = Digits.data() + Digits.size();
  auto [Ptr, Ec] = std::from_chars(Digits.data(), End, Value);
  if (Ec == std::errc::result_out_of_range)
    return valueError(quoted(Text) + " is out of range for a 64-bit integer");
  if (Ec != std::errc() || Ptr != End)
    return valueError(quoted(Text) + " is not an integer");
  return Value;
}

llvm::Expected<double> parseNumber(std::string_view Text) {
  std::string_view Digits = dropPlus(Text);
  double Value = 0;
  const char *End = Digits.data() + Digits.size();
  // `general` is decimal and exponent forms; hexadecimal floats need `hex`.
  auto [Ptr, Ec] =
      std::from_chars(Digits.data(), End, Value, std::chars_format::general);
  if (Ec == std::errc::result_out_of_range)
    return valueError(quoted(Text) + " is out of range for a number");
  if (Ec != std::errc() || Ptr != End)
    return valueError(quoted(Text) + " is not a number");
  // from_chars reads `inf` and `nan`, which JSON Schema cannot hold.
  if (!std::isfinite(Value))
    return valueError(quoted(Text) + " is not a finite number");
  return Value;
}

llvm::Expected<int> parseStatusCode(std::string_view Text) {
  llvm::Expected<std::int64_t> Code = parseInteger(Text);
  if (!Code) {
    llvm::consumeError(Code.takeError());
    return valueError(quoted(Text) + " is not an HTTP status code (100-599)");
  }
  if (*Code < 100 || *Code > 599)
    return valueError(std::to_string(*Code) +
                      " is not an HTTP status code (100-599)");
  return static_cast<int>(*Code);
}

/// nlohmann's messages start with an identifier and `parse error at ` that
/// say nothing to a user writing `default=`; the position and the reason
/// after them do. `line 1, ` is dropped too: annotation values are one line.
static std::string shortenJsonError(std::string_view What) {
  if (What.starts_with("[json.exception.")) {
    size_t Close = What.find("] ");
    if (Close != std::string_view::npos)
      What.remove_prefix(Close + 2);
  }
  constexpr std::string_view ParseErrorAt = "parse error at ";
  if (What.starts_with(ParseErrorAt))
    What.remove_prefix(ParseErrorAt.size());
  constexpr std::string_view FirstLine = "line 1, ";
  if (What.starts_with(FirstLine))
    What.remove_prefix(FirstLine.size());
  return std::string(What);
}

llvm::Expected<nlohmann::json> parseJsonValue(std::string_view Text) {
  if (llvm::Error TooDeep = checkJsonDepth(Text, MaxJsonDepth))
    return std::move(TooDeep);
  try {
    return nlohmann::json::parse(Text);
  } catch (const nlohmann::json::exception &E) {
    return valueError("not valid JSON: " + shortenJsonError(E.what()));
  }
}

} // namespace apigw
