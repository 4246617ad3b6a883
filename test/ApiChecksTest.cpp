//===- ApiChecksTest.cpp - Checks only the whole program can make ---------===//
#include "model/ApiChecks.h"
#include "keys/MediaTypes.h"

#include <gtest/gtest.h>

using namespace apigw;

namespace {

Operation route(std::string Method, std::string Path, unsigned Line) {
  Operation Op;
  Op.Method = std::move(Method);
  Op.Path = std::move(Path);
  Op.Loc = {"api.cpp", Line, 1};
  return Op;
}

Diagnostics checked(const ApiModel &Api, GatewayLimits Limits = {}) {
  Diagnostics Diags;
  checkWholeApi(Api, Limits, Diags);
  return Diags;
}

} // namespace

TEST(ApiChecksTest, DocumentSizeWarnsOnlyOverTheImportLimit) {
  EXPECT_TRUE(checkDocumentSize("openapi.json", MaxImportBytes).empty());
  Diagnostics Over = checkDocumentSize("openapi.json", MaxImportBytes + 1);
  ASSERT_EQ(Over.size(), 1u);
  EXPECT_EQ(Over[0].Level, Severity::Warning);
  EXPECT_EQ(Over[0].Loc.File, "openapi.json");
  EXPECT_NE(Over[0].Message.find("6 MB"), std::string::npos);
}

TEST(ApiChecksTest, ParameterSiblingsMustAgree) {
  ApiModel Api;
  Api.Operations = {route("get", "/pets/{pet_id}", 1), route("delete", "/pets/{id}", 2),
                    route("get", "/pets/mine", 3), route("put", "/pets/{pet_id}/toys", 4)};
  Diagnostics Diags = checked(Api);
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(Diags[0].Level, Severity::Error);
  EXPECT_EQ(Diags[0].Loc.Line, 2u);
  ASSERT_EQ(Diags[0].Notes.size(), 1u);
  EXPECT_EQ(Diags[0].Notes[0].first.Line, 1u);
}

TEST(ApiChecksTest, GreedyAndPlainParameterClash) {
  ApiModel Api;
  Api.Operations = {route("get", "/files/{name}", 7), route("get", "/files/{name+}", 3)};
  Diagnostics Diags = checked(Api);
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(Diags[0].Loc.Line, 7u); // The later one in the source.
}

TEST(ApiChecksTest, ResourcesCountEveryPrefixAndTheRoot) {
  ApiModel Api;
  Api.Operations = {route("get", "/a/b", 1), route("get", "/a/c", 2)};
  EXPECT_TRUE(checked(Api, {4, 10}).empty()); // '/', '/a', '/a/b', '/a/c'.
  Diagnostics Diags = checked(Api, {3, 10});
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_EQ(Diags[0].Level, Severity::Warning);
  EXPECT_EQ(Diags[0].Loc.Line, 2u);
}

TEST(ApiChecksTest, OnlyLambdaAndCognitoAuthorizersCount) {
  ApiModel Api;
  for (auto Kind : {AuthorizerKind::Iam, AuthorizerKind::ApiKey, AuthorizerKind::Cognito}) {
    Authorizer A;
    A.Id = "a" + std::to_string(Api.Authorizers.size());
    A.Kind = Kind;
    Api.Authorizers.push_back(A);
  }
  EXPECT_TRUE(checked(Api, {300, 1}).empty());
  EXPECT_EQ(checked(Api, {300, 0}).size(), 1u);
}

TEST(ApiChecksTest, MediaTypes) {
  EXPECT_TRUE(isJsonMediaType("application/problem+json"));
  EXPECT_TRUE(isJsonMediaType("application/json; charset=utf-8"));
  EXPECT_FALSE(isBinaryMediaType("text/csv"));
  EXPECT_TRUE(isBinaryMediaType("application/pdf"));
  EXPECT_TRUE(isListedBinary("image/png", {"image/*"}));
  EXPECT_TRUE(isListedBinary("application/pdf", {"*/*"}));
  EXPECT_FALSE(isListedBinary("application/pdf", {"image/*", "application/zip"}));
  EXPECT_EQ(contentSchema("application/pdf", {{"type", "integer"}}),
            Schema({{"type", "string"}, {"format", "binary"}}));
  EXPECT_EQ(contentSchema("text/csv", {{"type", "integer"}}), Schema({{"type", "string"}}));
  EXPECT_EQ(contentSchema("application/json", {{"type", "integer"}}),
            Schema({{"type", "integer"}}));
}
