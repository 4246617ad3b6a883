#include <apigw/router.hpp>
#include <gtest/gtest.h>

namespace {

apigw::ProxyResponse ok(const apigw::ProxyRequest&) { return {}; }

TEST(RouteTable, FindsTheMethodThenAny) {
  apigw::RouteTable table;
  table.add("GET", "/pets", ok).add("ANY", "/pets", ok).add("POST", "/orders", ok);
  ASSERT_NE(table.find("/pets", "GET"), nullptr);
  EXPECT_EQ(table.find("/pets", "GET")->method, "GET");
  EXPECT_EQ(table.find("/pets", "PATCH")->method, "ANY");
  EXPECT_EQ(table.find("/orders", "GET"), nullptr);
  EXPECT_EQ(table.find("/nowhere", "GET"), nullptr);
  EXPECT_TRUE(table.has_resource("/orders"));
  EXPECT_FALSE(table.has_resource("/orders/"));
}

TEST(RouteTable, AllowListsMethodsSorted) {
  apigw::RouteTable table;
  table.add("PUT", "/a", ok).add("DELETE", "/a", ok).add("GET", "/a", ok);
  EXPECT_EQ(table.allowed_methods("/a"), "DELETE,GET,PUT");
  EXPECT_EQ(table.allowed_methods("/b"), "");
}

TEST(RouteTable, RejectsWhatAGeneratorMustNeverWrite) {
  apigw::RouteTable table;
  table.add("GET", "/a", ok);
  EXPECT_THROW(table.add("GET", "/a", ok), std::invalid_argument);
  EXPECT_THROW(table.add("get", "/b", ok), std::invalid_argument);
  EXPECT_THROW(table.add("FETCH", "/b", ok), std::invalid_argument);
  EXPECT_THROW(table.add("GET", "b", ok), std::invalid_argument);
  EXPECT_THROW(table.add("GET", "/c", apigw::RouteHandler()), std::invalid_argument);
}

TEST(RouteTable, ListsResourcesAndRoutesInOrder) {
  apigw::RouteTable table;
  table.add("POST", "/b", ok).add("GET", "/b", ok).add_mock("GET", "/a", {}).add_integration("PUT", "/c", "s3");
  EXPECT_EQ(table.resources(), (std::vector<std::string>{"/a", "/b", "/c"}));
  std::vector<std::string> names;
  for (const apigw::Route* route : table.all_routes()) names.push_back(route->method + " " + route->resource);
  EXPECT_EQ(names, (std::vector<std::string>{"GET /a", "GET /b", "POST /b", "PUT /c"}));
}

TEST(RouteTable, BinaryMediaTypesMatchAsApiGatewayDoes) {
  apigw::RouteTable table;
  table.add_binary_media_type("image/*").add_binary_media_type("application/octet-stream");
  EXPECT_TRUE(table.is_binary_media_type("image/png"));
  EXPECT_TRUE(table.is_binary_media_type("IMAGE/PNG; q=1"));
  EXPECT_TRUE(table.is_binary_media_type("application/octet-stream"));
  EXPECT_FALSE(table.is_binary_media_type("image/"));
  EXPECT_FALSE(table.is_binary_media_type("application/json"));
  EXPECT_FALSE(table.is_binary_media_type(""));
  apigw::RouteTable everything;
  everything.add_binary_media_type("*/*");
  EXPECT_TRUE(everything.is_binary_media_type("text/plain"));
}

}  // namespace
