//===- PathTemplateTest.cpp - API Gateway resource paths ------------------===//
#include "model/PathTemplate.h"

#include <gtest/gtest.h>

using namespace apigw;

namespace {

/// The error message of a path that must be rejected, or a failure note.
std::string errorOf(std::string_view Path) {
  llvm::Expected<PathTemplate> Result = parsePath(Path);
  if (Result)
    return "<accepted>";
  return llvm::toString(Result.takeError());
}

} // namespace

TEST(PathTemplateTest, Root) {
  llvm::Expected<PathTemplate> Result = parsePath("/");
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  EXPECT_EQ(Result->Text, "/");
  EXPECT_TRUE(Result->Params.empty());
}

TEST(PathTemplateTest, LiteralsAndParameters) {
  llvm::Expected<PathTemplate> Result =
      parsePath("/v1/pets/{pet_id}/toys/{toyId2}");
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  EXPECT_EQ(Result->Text, "/v1/pets/{pet_id}/toys/{toyId2}");
  ASSERT_EQ(Result->Params.size(), 2u);
  EXPECT_EQ(Result->Params[0].Name, "pet_id");
  EXPECT_FALSE(Result->Params[0].Greedy);
  EXPECT_EQ(Result->Params[1].Name, "toyId2");
  EXPECT_FALSE(Result->Params[1].Greedy);
}

TEST(PathTemplateTest, GreedyLastSegment) {
  llvm::Expected<PathTemplate> Result = parsePath("/files/{key+}");
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  EXPECT_EQ(Result->Text, "/files/{key+}");
  ASSERT_EQ(Result->Params.size(), 1u);
  EXPECT_EQ(Result->Params[0].Name, "key");
  EXPECT_TRUE(Result->Params[0].Greedy);

  Result = parsePath("/{proxy+}");
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  EXPECT_EQ(Result->Params[0].Name, "proxy");
  EXPECT_TRUE(Result->Params[0].Greedy);
}

TEST(PathTemplateTest, LiteralCharactersApiGatewayAllows) {
  for (const char *Path : {"/a-b/c.d/e_f", "/_private", "/v1.2/x-Y_z.9"}) {
    SCOPED_TRACE(Path);
    llvm::Expected<PathTemplate> Result = parsePath(Path);
    ASSERT_TRUE(static_cast<bool>(Result))
        << llvm::toString(Result.takeError());
    EXPECT_TRUE(Result->Params.empty());
  }
}

TEST(PathTemplateTest, ShapeErrors) {
  EXPECT_EQ(errorOf(""), "it is empty");
  EXPECT_EQ(errorOf("pets"), "it must start with '/'");
  EXPECT_EQ(errorOf("/pets/"), "it must not end with '/'");
  EXPECT_EQ(errorOf("//"), "it must not end with '/'");
  EXPECT_EQ(errorOf("/pets//toys"), "segment 2 is empty");
  EXPECT_EQ(errorOf("//pets"), "segment 1 is empty");
}

TEST(PathTemplateTest, QueryAndFragmentAreNotPartOfAPath) {
  EXPECT_EQ(errorOf("/pets?limit=1"),
            "'?' starts a query string, which is not part of a path");
  EXPECT_EQ(errorOf("/pets#top"),
            "'#' starts a fragment, which is not part of a path");
}

TEST(PathTemplateTest, BracesMustFillASegment) {
  EXPECT_EQ(errorOf("/pets/{id}.json"),
            "'}' must close a whole segment; '.json' follows it in '{id}.json'");
  EXPECT_EQ(errorOf("/pets/{pet_id}x"),
            "'}' must close a whole segment; 'x' follows it in '{pet_id}x'");
  EXPECT_EQ(errorOf("/pets/x{id}"), "'{' must open a whole segment");
  EXPECT_EQ(errorOf("/pets/{id"), "'{' must open a whole segment");
  EXPECT_EQ(errorOf("/pets/id}"), "'}' must close a whole segment");
  EXPECT_EQ(errorOf("/pets/{a}{b}"),
            "a segment holds at most one '{parameter}'");
}

TEST(PathTemplateTest, ParameterNames) {
  EXPECT_EQ(errorOf("/pets/{}"), "segment 2 has an empty parameter name");
  EXPECT_EQ(errorOf("/pets/{+}"), "segment 2 has an empty parameter name");
  EXPECT_EQ(errorOf("/pets/{1id}"),
            "'1id' is not a valid parameter name (letters, digits and '_', "
            "not starting with a digit)");
  EXPECT_EQ(errorOf("/pets/{pet-id}"),
            "'pet-id' is not a valid parameter name (letters, digits and '_', "
            "not starting with a digit)");
  EXPECT_EQ(errorOf("/pets/{a+b}"),
            "'a+b' is not a valid parameter name (letters, digits and '_', "
            "not starting with a digit)");
}

TEST(PathTemplateTest, GreedyOnlyLast) {
  EXPECT_EQ(errorOf("/files/{key+}/meta"), "'{key+}' must be the last segment");
}

TEST(PathTemplateTest, DuplicateParameters) {
  EXPECT_EQ(errorOf("/a/{id}/b/{id}"), "parameter 'id' appears twice");
  EXPECT_EQ(errorOf("/a/{id}/{id+}"), "parameter 'id' appears twice");
}

TEST(PathTemplateTest, BadLiteralCharacters) {
  EXPECT_EQ(errorOf("/my pets"),
            "segment 1 'my pets' contains ' '; API Gateway allows only "
            "letters, digits, '-', '.' and '_' outside '{parameters}'");
  EXPECT_EQ(errorOf("/a/b%20c"),
            "segment 2 'b%20c' contains '%'; API Gateway allows only "
            "letters, digits, '-', '.' and '_' outside '{parameters}'");
  EXPECT_EQ(errorOf("/a/tab\there"),
            "segment 2 'tab\there' contains '\\t'; API Gateway allows "
            "only letters, digits, '-', '.' and '_' outside '{parameters}'");
}

namespace apigw {
namespace {

TEST(TemplateNamesTest, ParametersButNotTerraformPlaceholders) {
  EXPECT_EQ(templateNames("https://${backend_host}/pets/{pet_id}/files/{key+}"),
            (std::vector<std::string>{"pet_id", "key"}));
  EXPECT_EQ(templateNames("{first}"), (std::vector<std::string>{"first"}));
  EXPECT_TRUE(templateNames("plain/${only}/text").empty());
  EXPECT_TRUE(templateNames("unclosed/{name").empty());
}

} // namespace
} // namespace apigw
