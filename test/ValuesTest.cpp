//===- ValuesTest.cpp - Typed annotation values ---------------------------===//
#include "keys/Values.h"

#include <gtest/gtest.h>

#include <limits>

using namespace apigw;

namespace {

template <typename T> std::string errorOf(llvm::Expected<T> Result) {
  if (Result)
    return "<accepted>";
  return llvm::toString(Result.takeError());
}

template <typename T> T valueOf(llvm::Expected<T> Result) {
  if (!Result) {
    ADD_FAILURE() << llvm::toString(Result.takeError());
    return T();
  }
  return std::move(*Result);
}

} // namespace

TEST(ValuesTest, Integers) {
  EXPECT_EQ(valueOf(parseInteger("0")), 0);
  EXPECT_EQ(valueOf(parseInteger("42")), 42);
  EXPECT_EQ(valueOf(parseInteger("-17")), -17);
  EXPECT_EQ(valueOf(parseInteger("+17")), 17);
  EXPECT_EQ(valueOf(parseInteger("007")), 7);
  EXPECT_EQ(valueOf(parseInteger("9223372036854775807")),
            std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(valueOf(parseInteger("-9223372036854775808")),
            std::numeric_limits<std::int64_t>::min());
}

TEST(ValuesTest, IntegerErrors) {
  EXPECT_EQ(errorOf(parseInteger("abc")), "'abc' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("")), "'' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("12abc")), "'12abc' is not an integer");
  EXPECT_EQ(errorOf(parseInteger(" 12")), "' 12' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("12 ")), "'12 ' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("1.5")), "'1.5' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("1e3")), "'1e3' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("+")), "'+' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("-")), "'-' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("+-1")), "'+-1' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("0x10")), "'0x10' is not an integer");
  EXPECT_EQ(errorOf(parseInteger("9223372036854775808")),
            "'9223372036854775808' is out of range for a 64-bit integer");
  EXPECT_EQ(errorOf(parseInteger("-99999999999999999999")),
            "'-99999999999999999999' is out of range for a 64-bit integer");
}

TEST(ValuesTest, Numbers) {
  EXPECT_EQ(valueOf(parseNumber("1")), 1.0);
  EXPECT_EQ(valueOf(parseNumber("-2.5")), -2.5);
  EXPECT_EQ(valueOf(parseNumber("+0.25")), 0.25);
  EXPECT_EQ(valueOf(parseNumber("1e3")), 1000.0);
  EXPECT_EQ(valueOf(parseNumber("2.5E-1")), 0.25);
  EXPECT_EQ(valueOf(parseNumber("0")), 0.0);
}

TEST(ValuesTest, NumberErrors) {
  EXPECT_EQ(errorOf(parseNumber("")), "'' is not a number");
  EXPECT_EQ(errorOf(parseNumber("abc")), "'abc' is not a number");
  EXPECT_EQ(errorOf(parseNumber("1.5x")), "'1.5x' is not a number");
  EXPECT_EQ(errorOf(parseNumber(" 1")), "' 1' is not a number");
  EXPECT_EQ(errorOf(parseNumber("1,5")), "'1,5' is not a number");
  EXPECT_EQ(errorOf(parseNumber("0x1p3")), "'0x1p3' is not a number");
  EXPECT_EQ(errorOf(parseNumber("inf")), "'inf' is not a finite number");
  EXPECT_EQ(errorOf(parseNumber("-infinity")),
            "'-infinity' is not a finite number");
  EXPECT_EQ(errorOf(parseNumber("nan")), "'nan' is not a finite number");
  EXPECT_EQ(errorOf(parseNumber("1e400")),
            "'1e400' is out of range for a number");
}

TEST(ValuesTest, StatusCodes) {
  EXPECT_EQ(valueOf(parseStatusCode("100")), 100);
  EXPECT_EQ(valueOf(parseStatusCode("201")), 201);
  EXPECT_EQ(valueOf(parseStatusCode("599")), 599);
  EXPECT_EQ(errorOf(parseStatusCode("2000")),
            "2000 is not an HTTP status code (100-599)");
  EXPECT_EQ(errorOf(parseStatusCode("99")),
            "99 is not an HTTP status code (100-599)");
  EXPECT_EQ(errorOf(parseStatusCode("600")),
            "600 is not an HTTP status code (100-599)");
  EXPECT_EQ(errorOf(parseStatusCode("-200")),
            "-200 is not an HTTP status code (100-599)");
  EXPECT_EQ(errorOf(parseStatusCode("20O")),
            "'20O' is not an HTTP status code (100-599)");
  EXPECT_EQ(errorOf(parseStatusCode("")),
            "'' is not an HTTP status code (100-599)");
}

TEST(ValuesTest, JsonValues) {
  EXPECT_EQ(valueOf(parseJsonValue("42")), nlohmann::json(42));
  EXPECT_EQ(valueOf(parseJsonValue("\"dog\"")), nlohmann::json("dog"));
  EXPECT_EQ(valueOf(parseJsonValue("null")), nlohmann::json(nullptr));
  EXPECT_EQ(valueOf(parseJsonValue("true")), nlohmann::json(true));
  EXPECT_EQ(valueOf(parseJsonValue(" [1, 2] ")), nlohmann::json({1, 2}));
  EXPECT_EQ(valueOf(parseJsonValue(R"({"name":"Rex","age":3})")),
            nlohmann::json({{"name", "Rex"}, {"age", 3}}));
  EXPECT_EQ(valueOf(parseJsonValue("-2.5")), nlohmann::json(-2.5));
}

TEST(ValuesTest, JsonErrors) {
  EXPECT_EQ(errorOf(parseJsonValue("dog")),
            "not valid JSON: column 1: syntax error while parsing value - "
            "invalid literal; last read: 'd'");
  EXPECT_EQ(errorOf(parseJsonValue("")),
            "not valid JSON: column 1: syntax error while parsing value - "
            "unexpected end of input; expected '[', '{', or a literal");
  EXPECT_EQ(errorOf(parseJsonValue("[1,2")),
            "not valid JSON: column 5: syntax error while parsing array - "
            "unexpected end of input; expected ']'");
  EXPECT_EQ(errorOf(parseJsonValue("1 2")),
            "not valid JSON: column 3: syntax error while parsing value - "
            "unexpected number literal; expected end of input");
}
