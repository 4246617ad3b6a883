#include <apigw/json_text.hpp>
#include <gtest/gtest.h>

namespace {

using nlohmann::json;

std::string nlohmann_dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// json_text's bytes are nlohmann's for every kind of value, escape and byte.
TEST(JsonText, WritesWhatNlohmannDumps) {
  const json values[] = {
      nullptr,
      true,
      false,
      0,
      -9223372036854775807LL - 1,
      18446744073709551615ULL,
      0.1,
      -2.5e-300,
      1e300,
      3.0,
      "",
      "quote \" backslash \\ slash / \b\f\n\r\t \x01\x1f\x7f",
      "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x90\xb6",
      "a lone \xff byte and a cut \xe2\x82",
      json::array(),
      json::object(),
      {{"b", {1, 2.5, "x"}}, {"A", {{"nested", {{"\"k\"", nullptr}}}}}, {"\xc3\xa9", false}},
      json::array({json::object(), json::array(), json::array({json::array({"deep"})})}),
      json::binary({1, 2, 3}),
  };
  for (const json& value : values) EXPECT_EQ(apigw::json_text(value), nlohmann_dump(value)) << nlohmann_dump(value);
}

}  // namespace
