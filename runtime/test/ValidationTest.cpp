#include <apigw/validation.hpp>
#include <gtest/gtest.h>

#include <cstdint>

namespace {

using apigw::Failures;
using nlohmann::json;

// The messages recorded by one check, joined.
template <class Check>
std::string failures_of(Check check) {
  Failures failures;
  check(failures);
  std::string text;
  for (const auto& failure : failures.items()) text += (text.empty() ? "" : "; ") + failure.path + " " + failure.message;
  return text;
}

TEST(JsonPointer, EscapesTildeAndSlash) {
  EXPECT_EQ(apigw::escape_pointer_token("a/b~c"), "a~1b~0c");
  EXPECT_EQ(apigw::escape_pointer_token("~1"), "~01");
  const apigw::JsonPointer body("/body");
  EXPECT_EQ(body.text(), "/body");
  EXPECT_EQ(body.child("x/y").text(), "/body/x~1y");
  EXPECT_EQ(body.child("items").child(std::size_t{3}).child("name").text(), "/body/items/3/name");
  EXPECT_EQ(apigw::JsonPointer("").child("").text(), "/");
  // What nlohmann reads back is the member we meant.
  json doc = {{"x/y", {{"a~b", 1}}}};
  EXPECT_EQ(doc.at(json::json_pointer(apigw::JsonPointer("").child("x/y").child("a~b").text())), 1);
}

TEST(ValidationBody, SmithyShape) {
  Failures failures;
  EXPECT_EQ(apigw::validation_error_body(failures)["message"], "0 validation errors detected");
  failures.add("/query/limit", "must be at most 100");
  EXPECT_EQ(apigw::validation_error_body(failures),
            json::parse(R"({"message":"1 validation error detected",
                            "fieldList":[{"path":"/query/limit","message":"must be at most 100"}]})"));
  failures.add("/body", "is required");
  EXPECT_EQ(apigw::validation_error_body(failures)["message"], "2 validation errors detected");
}

TEST(ParseText, IntegersAtTheirBoundsAndNoFurther) {
  EXPECT_EQ(apigw::parse_text<std::int8_t>("-128"), std::int8_t{-128});
  EXPECT_EQ(apigw::parse_text<std::int8_t>("127"), std::int8_t{127});
  EXPECT_EQ(apigw::parse_text<std::int8_t>("128"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::int8_t>("-129"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::uint8_t>("255"), std::uint8_t{255});
  EXPECT_EQ(apigw::parse_text<std::uint8_t>("256"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::uint8_t>("-1"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::uint8_t>("-0"), std::uint8_t{0});
  EXPECT_EQ(apigw::parse_text<std::int16_t>("-32768"), std::int16_t{-32768});
  EXPECT_EQ(apigw::parse_text<std::int16_t>("32768"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::uint16_t>("65535"), std::uint16_t{65535});
  EXPECT_EQ(apigw::parse_text<std::uint16_t>("65536"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::int32_t>("-2147483648"), INT32_MIN);
  EXPECT_EQ(apigw::parse_text<std::int32_t>("2147483648"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::uint32_t>("4294967295"), UINT32_MAX);
  EXPECT_EQ(apigw::parse_text<std::uint32_t>("4294967296"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::int64_t>("-9223372036854775808"), INT64_MIN);
  EXPECT_EQ(apigw::parse_text<std::int64_t>("9223372036854775807"), INT64_MAX);
  EXPECT_EQ(apigw::parse_text<std::int64_t>("9223372036854775808"), std::nullopt);
  EXPECT_EQ(apigw::parse_text<std::uint64_t>("18446744073709551615"), UINT64_MAX);
  EXPECT_EQ(apigw::parse_text<std::uint64_t>("18446744073709551616"), std::nullopt);
}

TEST(ParseText, IntegersOnlyInJsonSpelling) {
  for (const char* text : {"", "-", "+1", " 1", "1 ", "01", "-01", "1.0", "1e3", "0x10", "1_000", "١"}) {
    EXPECT_EQ(apigw::parse_text<int>(text), std::nullopt) << '"' << text << '"';
  }
  EXPECT_EQ(apigw::parse_text<int>("0"), 0);
  EXPECT_EQ(apigw::parse_text<int>("-0"), 0);
}

TEST(ParseText, BoolIsTrueOrFalseOnly) {
  EXPECT_EQ(apigw::parse_text<bool>("true"), true);
  EXPECT_EQ(apigw::parse_text<bool>("false"), false);
  for (const char* text : {"True", "1", "0", "yes", "", "true "}) {
    EXPECT_EQ(apigw::parse_text<bool>(text), std::nullopt) << text;
  }
}

TEST(ParseText, FloatingPointAsJsonNumbers) {
  EXPECT_EQ(apigw::parse_text<double>("1.5"), 1.5);
  EXPECT_EQ(apigw::parse_text<double>("-0.25e2"), -25.0);
  EXPECT_EQ(apigw::parse_text<double>("3E-1"), 0.3);
  EXPECT_EQ(apigw::parse_text<float>("0.5"), 0.5f);
  for (const char* text : {"", ".5", "5.", "+1", "1e", "nan", "inf", "0x1p3", "1e400", "01.5", " 1"}) {
    EXPECT_EQ(apigw::parse_text<double>(text), std::nullopt) << text;
  }
  EXPECT_EQ(apigw::parse_text<float>("1e39"), std::nullopt);
}

TEST(ParseText, StringsAsTheyAre) { EXPECT_EQ(apigw::parse_text<std::string>(" a b "), " a b "); }

TEST(ConvertText, RecordsWhatTheValueMustBe) {
  EXPECT_EQ(failures_of([](Failures& f) { apigw::convert_text<std::uint8_t>("300", "/query/n", f); }),
            "/query/n must be an integer from 0 to 255");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::convert_text<bool>("yes", "/header/X-Flag", f); }),
            "/header/X-Flag must be true or false");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::convert_text<double>("x", "/path/p", f); }), "/path/p must be a number");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::convert_text<int>("7", "/path/p", f); }), "");
}

TEST(ConvertJson, TypesAsTheSchemaSays) {
  Failures failures;
  EXPECT_EQ(apigw::convert_json<std::int8_t>(json(127), "/a", failures), std::int8_t{127});
  EXPECT_EQ(apigw::convert_json<std::int8_t>(json(128), "/a", failures), std::nullopt);
  EXPECT_EQ(apigw::convert_json<std::uint64_t>(json(UINT64_MAX), "/a", failures), UINT64_MAX);
  EXPECT_EQ(apigw::convert_json<std::int64_t>(json(UINT64_MAX), "/a", failures), std::nullopt);
  EXPECT_EQ(apigw::convert_json<std::uint32_t>(json(-1), "/a", failures), std::nullopt);
  EXPECT_EQ(apigw::convert_json<int>(json(1.0), "/a", failures), std::nullopt);
  EXPECT_EQ(apigw::convert_json<int>(json("1"), "/a", failures), std::nullopt);
  EXPECT_EQ(apigw::convert_json<double>(json(3), "/a", failures), 3.0);
  EXPECT_EQ(apigw::convert_json<float>(json(1e300), "/a", failures), std::nullopt);
  EXPECT_EQ(apigw::convert_json<bool>(json(0), "/a", failures), std::nullopt);
  EXPECT_EQ(apigw::convert_json<std::string>(json(nullptr), "/a", failures), std::nullopt);
  EXPECT_EQ(apigw::convert_json<std::string>(json("x"), "/a", failures), "x");
  EXPECT_EQ(failures.count(), 8u);
  EXPECT_EQ(failures.items()[0].message, "must be an integer from -128 to 127");
  EXPECT_EQ(failures.items()[7].message, "must be a string");
}

TEST(ConvertJson, ObjectsArraysAndMembers) {
  Failures failures;
  json object = {{"a", 1}};
  EXPECT_TRUE(apigw::expect_object(object, "/body", failures));
  EXPECT_FALSE(apigw::expect_object(json::array(), "/body", failures));
  EXPECT_FALSE(apigw::expect_array(object, "/body/x", failures));
  EXPECT_NE(apigw::find_member(object, "a", apigw::Presence::required, "/body", failures), nullptr);
  EXPECT_EQ(apigw::find_member(object, "b", apigw::Presence::optional, "/body", failures), nullptr);
  EXPECT_EQ(apigw::find_member(object, "c/d", apigw::Presence::required, "/body", failures), nullptr);
  ASSERT_EQ(failures.count(), 3u);
  EXPECT_EQ(failures.items()[0].message, "must be an object");
  EXPECT_EQ(failures.items()[1].message, "must be an array");
  EXPECT_EQ(failures.items()[2].path, "/body/c~1d");
  EXPECT_EQ(failures.items()[2].message, "is required");
}

enum class Color { red, green };

TEST(ConvertEnum, ByWireName) {
  Failures failures;
  EXPECT_EQ(apigw::convert_enum<Color>("green", {{"red", Color::red}, {"green", Color::green}}, "/q", failures),
            Color::green);
  EXPECT_EQ(apigw::convert_enum<Color>("GREEN", {{"red", Color::red}, {"green", Color::green}}, "/q", failures),
            std::nullopt);
  ASSERT_EQ(failures.count(), 1u);
  EXPECT_EQ(failures.items()[0].message, "must be one of 'red', 'green'");
}

TEST(Constraints, NumericBoundsAtTheBoundary) {
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_minimum(1, 1, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_minimum(0, 1, "/n", f); }), "/n must be at least 1");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_exclusive_minimum(1, 1, "/n", f); }), "/n must be greater than 1");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_exclusive_minimum(2, 1, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_maximum(100, 100, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_maximum(101, 100, "/n", f); }), "/n must be at most 100");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_exclusive_maximum(100, 100, "/n", f); }), "/n must be less than 100");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_exclusive_maximum(99.5, 100, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_minimum(0.5, 0.75, "/n", f); }), "/n must be at least 0.75");
  // Mixed signedness compares values, not bit patterns.
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_minimum(UINT64_MAX, -1, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_maximum(-1, 0u, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_maximum(INT64_MAX, 9.2e18, "/n", f); }),
            "/n must be at most 9.2e+18");
}

TEST(Constraints, MultipleOf) {
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_multiple_of(10, 5, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_multiple_of(-10, 5, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_multiple_of(11, 5, "/n", f); }), "/n must be a multiple of 5");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_multiple_of(0.3, 0.1, "/n", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_multiple_of(0.35, 0.1, "/n", f); }), "/n must be a multiple of 0.1");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_multiple_of(7.5, 2.5, "/n", f); }), "");
}

TEST(Constraints, LengthsCountCodePoints) {
  EXPECT_EQ(apigw::code_point_count(""), 0u);
  EXPECT_EQ(apigw::code_point_count("abc"), 3u);
  EXPECT_EQ(apigw::code_point_count("h\xC3\xA9llo"), 5u);        // é: 2 bytes
  EXPECT_EQ(apigw::code_point_count("\xE2\x82\xAC"), 1u);        // €: 3 bytes
  EXPECT_EQ(apigw::code_point_count("\xF0\x9F\x98\x80!"), 2u);   // 😀 (4 bytes, one code point, two UTF-16 units)
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_max_length("\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 2, "/s", f); }),
            "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_max_length("abc", 2, "/s", f); }),
            "/s must be at most 2 characters long");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_min_length("\xC3\xA9", 2, "/s", f); }),
            "/s must be at least 2 characters long");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_min_length("ab", 2, "/s", f); }), "");
}

TEST(Constraints, PatternIsSearchedNotAnchored) {
  std::regex digits("[0-9]+", std::regex::ECMAScript);
  EXPECT_EQ(failures_of([&](Failures& f) { apigw::check_pattern("ab12", digits, "[0-9]+", "/s", f); }), "");
  EXPECT_EQ(failures_of([&](Failures& f) { apigw::check_pattern("abc", digits, "[0-9]+", "/s", f); }),
            "/s must match the pattern '[0-9]+'");
  std::regex anchored("^[a-z]+$", std::regex::ECMAScript);
  EXPECT_EQ(failures_of([&](Failures& f) { apigw::check_pattern("ab1", anchored, "^[a-z]+$", "/s", f); }),
            "/s must match the pattern '^[a-z]+$'");
}

TEST(Constraints, Enum) {
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_enum("b", {"a", "b"}, "/e", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_enum("c", {"a", "b"}, "/e", f); }), "/e must be one of 'a', 'b'");
}

TEST(Constraints, ItemCountsAndUniqueness) {
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_min_items(1, 1, "/l", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_min_items(0, 1, "/l", f); }), "/l must have at least 1 items");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_max_items(3, 3, "/l", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_max_items(4, 3, "/l", f); }), "/l must have at most 3 items");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_unique_items(std::vector<int>{1, 2, 3}, "/l", f); }), "");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_unique_items(std::vector<int>{1, 2, 1}, "/l", f); }),
            "/l must not contain duplicates (items 0 and 2)");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_unique_items(json::parse(R"([{"a":1},{"a":1}])"), "/l", f); }),
            "/l must not contain duplicates (items 0 and 1)");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_unique_items(json::parse(R"([1, 1.0])"), "/l", f); }),
            "/l must not contain duplicates (items 0 and 1)");
  EXPECT_EQ(failures_of([](Failures& f) { apigw::check_unique_items(json::parse(R"([1, "1"])"), "/l", f); }), "");
}

}  // namespace
