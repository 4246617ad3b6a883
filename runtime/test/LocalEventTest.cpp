#include <apigw/local_event.hpp>
#include <gtest/gtest.h>

#include <regex>

namespace {

using nlohmann::json;

apigw::RouteTable binary_png_table() {
  apigw::RouteTable table;
  table.add_binary_media_type("image/png");
  return table;
}

TEST(LocalEvent, AsApiGatewayWouldSendIt) {
  apigw::LocalHttpRequest http{"GET", "/pets/7", {{"Accept", "a"}, {"X-Tag", "1"}, {"x-tag", "2"}},
                               {{"limit", "5"}, {"tag", "a"}, {"tag", "b"}}, "", "127.0.0.1"};
  apigw::ResourceMatch match{"/pets/{pet_id}", {{"pet_id", "7"}}};
  json event = apigw::make_proxy_request(http, match, binary_png_table(), {"dev"}, nullptr, "id-1");
  EXPECT_EQ(event["resource"], "/pets/{pet_id}");
  EXPECT_EQ(event["path"], "/pets/7");
  EXPECT_EQ(event["httpMethod"], "GET");
  EXPECT_EQ(event["pathParameters"], json({{"pet_id", "7"}}));
  EXPECT_EQ(event["queryStringParameters"], json({{"limit", "5"}, {"tag", "b"}}));
  EXPECT_EQ(event["multiValueQueryStringParameters"], json({{"limit", {"5"}}, {"tag", {"a", "b"}}}));
  // Header names without regard to case: one entry, the last value.
  EXPECT_EQ(event["headers"], json({{"Accept", "a"}, {"X-Tag", "2"}}));
  EXPECT_EQ(event["multiValueHeaders"]["X-Tag"], json({"1", "2"}));
  EXPECT_TRUE(event["body"].is_null());
  EXPECT_TRUE(event["stageVariables"].is_null());
  EXPECT_EQ(event["isBase64Encoded"], false);
  const json& context = event["requestContext"];
  EXPECT_EQ(context["resourcePath"], "/pets/{pet_id}");
  EXPECT_EQ(context["httpMethod"], "GET");
  EXPECT_EQ(context["stage"], "dev");
  EXPECT_EQ(context["path"], "/dev/pets/7");
  EXPECT_EQ(context["requestId"], "id-1");
  EXPECT_EQ(context["identity"]["sourceIp"], "127.0.0.1");
  EXPECT_FALSE(context.contains("authorizer"));
}

TEST(LocalEvent, EmptyMapsAreNull) {
  apigw::LocalHttpRequest http{"GET", "/x", {}, {}, "", "::1"};
  json event = apigw::make_proxy_request(http, std::nullopt, binary_png_table(), {}, nullptr, "id");
  EXPECT_EQ(event["resource"], "");
  EXPECT_TRUE(event["headers"].is_null());
  EXPECT_TRUE(event["multiValueHeaders"].is_null());
  EXPECT_TRUE(event["queryStringParameters"].is_null());
  EXPECT_TRUE(event["pathParameters"].is_null());
  EXPECT_EQ(event["requestContext"]["stage"], "local");
}

TEST(LocalEvent, BinaryMediaTypesAreBase64) {
  apigw::LocalHttpRequest png{"POST", "/x", {{"Content-Type", "image/png"}}, {}, std::string("\x89P\0", 3), "::1"};
  json event = apigw::make_proxy_request(png, std::nullopt, binary_png_table(), {}, nullptr, "id");
  EXPECT_EQ(event["body"], "iVAA");
  EXPECT_EQ(event["isBase64Encoded"], true);
  apigw::LocalHttpRequest text{"POST", "/x", {{"content-type", "application/json"}}, {}, "{}", "::1"};
  event = apigw::make_proxy_request(text, std::nullopt, binary_png_table(), {}, nullptr, "id");
  EXPECT_EQ(event["body"], "{}");
  EXPECT_EQ(event["isBase64Encoded"], false);
}

TEST(LocalEvent, AuthorizerFromClaims) {
  EXPECT_EQ(apigw::parse_local_claims(R"({"claims":{"sub":"u1"}})"), json({{"claims", {{"sub", "u1"}}}}));
  EXPECT_EQ(apigw::parse_local_claims("[1]"), std::nullopt);
  EXPECT_EQ(apigw::parse_local_claims("{"), std::nullopt);
  apigw::LocalHttpRequest http{"GET", "/x", {}, {}, "", "::1"};
  json event = apigw::make_proxy_request(http, std::nullopt, binary_png_table(), {}, {{"principalId", "u1"}}, "id");
  EXPECT_EQ(event["requestContext"]["authorizer"], json({{"principalId", "u1"}}));
}

TEST(LocalEvent, QueryStringsKeepEveryPair) {
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(apigw::parse_query_string("tag=a&tag=a&x"), (Pairs{{"tag", "a"}, {"tag", "a"}, {"x", ""}}));
  EXPECT_EQ(apigw::parse_query_string("q=a+b%20c%2B&%7E=%zz&&"), (Pairs{{"q", "a b c+"}, {"~", "%zz"}}));
  EXPECT_EQ(apigw::parse_query_string("k=%4"), (Pairs{{"k", "%4"}}));
  EXPECT_TRUE(apigw::parse_query_string("").empty());
}

TEST(LocalEvent, RequestIdsLookLikeApiGateways) {
  std::regex shape("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  std::string first = apigw::make_request_id();
  EXPECT_TRUE(std::regex_match(first, shape)) << first;
  EXPECT_NE(first, apigw::make_request_id());
}

}  // namespace
