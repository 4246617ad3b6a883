#include <apigw/resource_matcher.hpp>
#include <gtest/gtest.h>

namespace {

std::string resource_of(const apigw::ResourceMatcher& matcher, std::string_view path) {
  auto match = matcher.match(path);
  return match ? match->resource : "(none)";
}

TEST(ResourceMatcher, LiteralsBeforeParametersBeforeGreedy) {
  apigw::ResourceMatcher matcher(
      {"/pets/{pet_id}", "/pets/mine", "/pets", "/{proxy+}", "/pets/{pet_id}/photos/{proxy+}", "/"});
  EXPECT_EQ(resource_of(matcher, "/pets/mine"), "/pets/mine");
  EXPECT_EQ(resource_of(matcher, "/pets/7"), "/pets/{pet_id}");
  EXPECT_EQ(resource_of(matcher, "/pets"), "/pets");
  EXPECT_EQ(resource_of(matcher, "/pets/"), "/pets");
  EXPECT_EQ(resource_of(matcher, "/"), "/");
  EXPECT_EQ(resource_of(matcher, "/pets/7/photos/a/b.png"), "/pets/{pet_id}/photos/{proxy+}");
  EXPECT_EQ(resource_of(matcher, "/pets/7/photos"), "/{proxy+}");
  EXPECT_EQ(resource_of(matcher, "/other/x"), "/{proxy+}");
}

TEST(ResourceMatcher, ParametersAndTheGreedyRest) {
  apigw::ResourceMatcher matcher({"/pets/{pet_id}/photos/{proxy+}"});
  auto match = matcher.match("/pets/7/photos/2024/a.png");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->path_parameters.at("pet_id"), "7");
  EXPECT_EQ(match->path_parameters.at("proxy"), "2024/a.png");
  // A greedy parameter takes at least one segment.
  EXPECT_FALSE(matcher.match("/pets/7/photos"));
  EXPECT_FALSE(matcher.match("/pets/7/photos/"));
}

TEST(ResourceMatcher, NoMatch) {
  apigw::ResourceMatcher matcher({"/pets/{pet_id}", "/orders"});
  EXPECT_FALSE(matcher.match("/pets"));
  EXPECT_FALSE(matcher.match("/pets/1/2"));
  EXPECT_FALSE(matcher.match("/pets//"));
  EXPECT_FALSE(matcher.match("/"));
  EXPECT_FALSE(matcher.match("/Orders"));
}

TEST(ResourceMatcher, FirstDifferingSegmentDecides) {
  apigw::ResourceMatcher matcher({"/{a}/b", "/a/{b}"});
  EXPECT_EQ(resource_of(matcher, "/a/b"), "/a/{b}");
  EXPECT_EQ(resource_of(matcher, "/x/b"), "/{a}/b");
}

}  // namespace
