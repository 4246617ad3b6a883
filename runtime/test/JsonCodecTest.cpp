// JsonCodec, Constraints and the argument readers: what every generated
// route and model codec is made of.
#include <apigw/arguments.hpp>
#include <apigw/json_codec.hpp>

#include <gtest/gtest.h>

#include "TestEvents.hpp"

namespace {

using nlohmann::json;

template <class T>
std::optional<T> read(const json& value, apigw::Failures& failures) {
  return apigw::JsonCodec<T>::read(value, "/body", failures);
}

std::vector<std::string> messages(const apigw::Failures& failures) {
  std::vector<std::string> texts;
  for (const auto& failure : failures.items()) texts.push_back(failure.path + " " + failure.message);
  return texts;
}

TEST(JsonCodec, ContainersRoundTrip) {
  apigw::Failures failures;
  json value = {{"a", {1, 2}}, {"b", json::array()}};
  auto map = read<std::map<std::string, std::vector<int>>>(value, failures);
  ASSERT_TRUE(map);
  EXPECT_EQ(apigw::write_json(*map), value);
  auto set = read<std::set<std::string>>(json{"x", "y"}, failures);
  ASSERT_TRUE(set);
  EXPECT_EQ(apigw::write_json(*set), json({"x", "y"}));
  auto array = read<std::array<double, 2>>(json{1.5, 2}, failures);
  ASSERT_TRUE(array);
  EXPECT_EQ((*array)[1], 2.0);
  EXPECT_TRUE(failures.empty());
}

TEST(JsonCodec, FailuresCarryThePointerOfEachBadElement) {
  apigw::Failures failures;
  EXPECT_FALSE((read<std::map<std::string, std::vector<std::int8_t>>>(json{{"k", {1, 300, "x"}}}, failures)));
  EXPECT_EQ(messages(failures), (std::vector<std::string>{"/body/k/1 must be an integer from -128 to 127",
                                                          "/body/k/2 must be an integer from -128 to 127"}));
}

TEST(JsonCodec, OptionalIsNotNullable) {
  apigw::Failures failures;
  EXPECT_FALSE(read<std::optional<int>>(json(nullptr), failures));
  EXPECT_EQ(messages(failures), std::vector<std::string>{"/body must be an integer from -2147483648 to 2147483647"});
  EXPECT_EQ(apigw::write_json(std::optional<int>()), json(nullptr));
}

TEST(JsonCodec, BytesAreBase64AndInstantsRfc3339) {
  apigw::Failures failures;
  auto bytes = read<std::vector<std::uint8_t>>(json("AP8="), failures);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(*bytes, (std::vector<std::uint8_t>{0x00, 0xff}));
  EXPECT_EQ(apigw::write_json(*bytes), json("AP8="));
  auto instant = read<std::chrono::system_clock::time_point>(json("2024-05-01T12:30:05Z"), failures);
  ASSERT_TRUE(instant);
  EXPECT_EQ(apigw::write_json(*instant), json("2024-05-01T12:30:05Z"));
  EXPECT_FALSE(read<std::chrono::system_clock::time_point>(json("yesterday"), failures));
  EXPECT_FALSE(read<std::vector<std::uint8_t>>(json("A"), failures));
  EXPECT_EQ(messages(failures), (std::vector<std::string>{"/body must be an RFC 3339 date-time",
                                                          "/body must be valid base64"}));
}

TEST(JsonCodec, VariantTakesTheFirstAlternativeThatReads) {
  using Value = std::variant<std::monostate, std::int64_t, std::string>;
  apigw::Failures failures;
  EXPECT_EQ(*read<Value>(json(7), failures), Value(std::int64_t{7}));
  EXPECT_EQ(*read<Value>(json("seven"), failures), Value(std::string("seven")));
  EXPECT_EQ(*read<Value>(json(nullptr), failures), Value());
  EXPECT_FALSE(read<Value>(json(true), failures));
  EXPECT_EQ(messages(failures), std::vector<std::string>{"/body must match one of the schemas in oneOf"});
  EXPECT_EQ(apigw::write_json(Value(std::string("x"))), json("x"));
}

TEST(Constraints, EachKeywordOnItsOwnJsonType) {
  const apigw::Constraints item{.min_length = 2};
  const apigw::Constraints rules{.minimum = json(0), .exclusive_minimum = true, .maximum = json(10ull),
                                 .multiple_of = json(0.5), .pattern = apigw::Pattern("^a"),
                                 .enum_values = json{"ab", 5}, .max_items = 1, .unique_items = true,
                                 .items = &item};
  apigw::Failures failures;
  apigw::check(json(0), rules, "/n", failures);
  apigw::check(json(10.25), rules, "/m", failures);
  apigw::check(json("ab"), rules, "/s", failures);
  apigw::check(json("b"), rules, "/t", failures);
  apigw::check(json{"x", "x"}, rules, "/a", failures);
  EXPECT_EQ(messages(failures),
            (std::vector<std::string>{"/n must be greater than 0", "/n must be one of 'ab', '5'",
                                      "/m must be at most 10", "/m must be a multiple of 0.5",
                                      "/m must be one of 'ab', '5'", "/t must match the pattern '^a'",
                                      "/t must be one of 'ab', '5'", "/a must have at most 1 items",
                                      "/a must not contain duplicates (items 0 and 1)",
                                      "/a/0 must be at least 2 characters long",
                                      "/a/1 must be at least 2 characters long", "/a must be one of 'ab', '5'"}));
}

TEST(Arguments, AbsentParametersTakeTheirDefaultOrAreRequired) {
  apigw::ProxyRequest request = apigw_test::make_event("GET", "/pets", "/pets").get<apigw::ProxyRequest>();
  apigw::Failures failures;
  auto limit = apigw::parameter_argument<std::int32_t>(
      request, {.in = apigw::ParameterIn::query, .name = "limit", .default_json = "20"}, failures);
  auto tags = apigw::parameter_argument<const std::vector<std::string>&>(
      request, {.in = apigw::ParameterIn::query, .name = "tag"}, failures);
  auto maybe = apigw::parameter_argument<std::optional<bool>>(
      request, {.in = apigw::ParameterIn::header, .name = "X-Flag"}, failures);
  auto id = apigw::parameter_argument<std::int64_t>(
      request, {.in = apigw::ParameterIn::path, .name = "id", .presence = apigw::Presence::required}, failures);
  EXPECT_EQ(limit, 20);
  EXPECT_EQ(tags, std::vector<std::string>{});
  EXPECT_EQ(maybe, std::optional<std::optional<bool>>(std::optional<bool>()));
  EXPECT_FALSE(id);
  EXPECT_EQ(messages(failures), std::vector<std::string>{"/path/id is required"});
}

TEST(Arguments, RepeatedQueryValuesAreConvertedAndChecked) {
  json event = apigw_test::make_event("GET", "/pets", "/pets");
  event["multiValueQueryStringParameters"] = {{"n", {"1", "x", "30"}}};
  apigw::ProxyRequest request = event.get<apigw::ProxyRequest>();
  const apigw::Constraints item{.maximum = json(10)};
  const apigw::Constraints list{.items = &item};
  apigw::Failures failures;
  auto numbers = apigw::parameter_argument<std::vector<int>>(
      request, {.in = apigw::ParameterIn::query, .name = "n", .constraints = &list}, failures);
  EXPECT_FALSE(numbers);
  EXPECT_EQ(messages(failures), (std::vector<std::string>{"/query/n/1 must be an integer from -2147483648 to 2147483647",
                                                          "/query/n/1 must be at most 10"}));
}

TEST(Arguments, BodyIsCheckedThenRead) {
  json event = apigw_test::make_event("POST", "/n", "/n");
  event["body"] = "[1, 2, 2]";
  apigw::ProxyRequest request = event.get<apigw::ProxyRequest>();
  const apigw::Constraints rules{.unique_items = true};
  apigw::Failures failures;
  auto body = apigw::body_argument<const std::vector<int>&>(request, apigw::Presence::required, &rules, failures);
  EXPECT_FALSE(body);
  EXPECT_EQ(messages(failures), std::vector<std::string>{"/body must not contain duplicates (items 1 and 2)"});
}

}  // namespace
