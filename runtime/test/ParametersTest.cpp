#include <apigw/codec.hpp>
#include <apigw/parameters.hpp>
#include <gtest/gtest.h>

#include "TestEvents.hpp"

namespace {

using apigw::Failures;
using apigw::Presence;
using nlohmann::json;

apigw::ProxyRequest request_with(const json& changes) {
  json event = apigw_test::make_event("GET", "/r/{id}", "/r/1");
  if (changes.is_object()) event.update(changes);
  return event.get<apigw::ProxyRequest>();
}

std::string first_failure(const Failures& failures) {
  return failures.empty() ? "" : failures.items()[0].path + " " + failures.items()[0].message;
}

TEST(Parameters, PathParametersAreRequired) {
  Failures failures;
  EXPECT_EQ(apigw::path_parameter<int>(request_with({{"pathParameters", {{"id", "7"}}}}), "id", failures), 7);
  EXPECT_TRUE(failures.empty());
  EXPECT_EQ(apigw::path_parameter<int>(request_with({}), "id", failures), std::nullopt);
  EXPECT_EQ(first_failure(failures), "/path/id is required");
}

TEST(Parameters, QueryParametersOptionalOrRequired) {
  Failures failures;
  auto request = request_with({{"queryStringParameters", {{"limit", "500"}}}});
  EXPECT_EQ(apigw::query_parameter<std::int32_t>(request, "offset", Presence::optional, failures), std::nullopt);
  EXPECT_TRUE(failures.empty());
  EXPECT_EQ(apigw::query_parameter<std::int32_t>(request, "offset", Presence::required, failures), std::nullopt);
  EXPECT_EQ(first_failure(failures), "/query/offset is required");
  Failures out_of_range;
  EXPECT_EQ(apigw::query_parameter<std::uint8_t>(request, "limit", Presence::optional, out_of_range), std::nullopt);
  EXPECT_EQ(first_failure(out_of_range), "/query/limit must be an integer from 0 to 255");
}

TEST(Parameters, RepeatedQueryParameters) {
  Failures failures;
  auto request = request_with({{"queryStringParameters", {{"n", "3"}}},
                               {"multiValueQueryStringParameters", {{"n", {"1", "x", "3"}}}}});
  EXPECT_EQ(apigw::query_parameter_list<int>(request, "n", Presence::optional, failures), (std::vector<int>{1, 3}));
  EXPECT_EQ(first_failure(failures), "/query/n/1 must be an integer from -2147483648 to 2147483647");
  // Only the single-value map: one value.
  EXPECT_EQ(apigw::query_parameter_list<int>(request_with({{"queryStringParameters", {{"n", "4"}}}}), "n",
                                             Presence::optional, failures),
            (std::vector<int>{4}));
  Failures missing;
  EXPECT_TRUE(apigw::query_parameter_list<int>(request_with({}), "n", Presence::required, missing).empty());
  EXPECT_EQ(first_failure(missing), "/query/n is required");
}

TEST(Parameters, HeadersByCaseInsensitiveName) {
  Failures failures;
  auto request = request_with({{"headers", {{"x-count", "2"}}}});
  EXPECT_EQ(apigw::header_parameter<int>(request, "X-Count", Presence::required, failures), 2);
  EXPECT_EQ(apigw::header_parameter<bool>(request, "X-Dry-Run", Presence::required, failures), std::nullopt);
  EXPECT_EQ(first_failure(failures), "/header/X-Dry-Run is required");
}

TEST(Parameters, NamesAreEscapedInPointers) {
  Failures failures;
  apigw::query_parameter<int>(request_with({{"queryStringParameters", {{"a/b", "x"}}}}), "a/b", Presence::optional,
                              failures);
  EXPECT_EQ(first_failure(failures), "/query/a~1b must be an integer from -2147483648 to 2147483647");
}

TEST(Body, JsonBody) {
  Failures failures;
  EXPECT_EQ(apigw::json_body(request_with({{"body", R"({"a":1})"}}), Presence::required, failures), json({{"a", 1}}));
  EXPECT_TRUE(failures.empty());
  EXPECT_EQ(apigw::json_body(request_with({}), Presence::optional, failures), std::nullopt);
  EXPECT_TRUE(failures.empty());
  EXPECT_EQ(apigw::json_body(request_with({{"body", ""}}), Presence::required, failures), std::nullopt);
  EXPECT_EQ(first_failure(failures), "/body is required");
  Failures broken;
  EXPECT_EQ(apigw::json_body(request_with({{"body", "{"}}), Presence::required, broken), std::nullopt);
  EXPECT_EQ(first_failure(broken), "/body must be valid JSON");
}

TEST(Body, Base64EncodedBodies) {
  Failures failures;
  auto encoded = request_with({{"body", apigw::base64_encode(std::string_view(R"([1,2])"))}, {"isBase64Encoded", true}});
  EXPECT_EQ(apigw::json_body(encoded, Presence::required, failures), json({1, 2}));
  auto binary = request_with({{"body", "AP8="}, {"isBase64Encoded", true}});
  EXPECT_EQ(apigw::body_bytes(binary, Presence::required, failures), std::string("\0\xff", 2));
  EXPECT_TRUE(failures.empty());
  auto broken = request_with({{"body", "AP8"}, {"isBase64Encoded", true}});
  EXPECT_EQ(apigw::body_bytes(broken, Presence::required, failures), std::nullopt);
  EXPECT_EQ(first_failure(failures), "/body must be valid base64");
}

}  // namespace
