//===- SchemaNamesTest.cpp - components.schemas names ---------------------===//
#include "SchemaNames.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace apigw;

namespace {

Model model(std::string Id, std::string Unqualified,
            std::string Explicit = "") {
  Model M;
  M.Id = std::move(Id);
  M.UnqualifiedName = std::move(Unqualified);
  M.ExplicitName = std::move(Explicit);
  M.Body = Schema::object();
  return M;
}

} // namespace

TEST(SchemaNamesTest, AlphanumericNameDropsPunctuationAndCapitalisesWords) {
  EXPECT_EQ(alphanumericName("v2::Pet"), "V2Pet");
  EXPECT_EQ(alphanumericName("Page<Pet>"), "PagePet");
  EXPECT_EQ(alphanumericName("std::vector<v1::Pet>"), "StdVectorV1Pet");
  EXPECT_EQ(alphanumericName("Page<unsigned int, 3>"), "PageUnsignedInt3");
  EXPECT_EQ(alphanumericName("my_ns::pet_info"), "MyNsPetInfo");
  EXPECT_EQ(alphanumericName("Pet"), "Pet");
  EXPECT_EQ(alphanumericName("::"), "");
}

TEST(SchemaNamesTest, UnqualifiedNameWhenUnique) {
  auto Names = assignSchemaNames(
      {model("shop::Pet", "Pet"), model("shop::Order", "Order")});
  EXPECT_EQ(Names, (std::map<std::string, std::string>{{"shop::Order", "Order"},
                                                       {"shop::Pet", "Pet"}}));
}

TEST(SchemaNamesTest, ClashingUnqualifiedNamesUseQualifiedNames) {
  auto Names =
      assignSchemaNames({model("v1::Pet", "Pet"), model("v2::Pet", "Pet"),
                         model("Owner", "Owner")});
  EXPECT_EQ(Names, (std::map<std::string, std::string>{{"Owner", "Owner"},
                                                       {"v1::Pet", "V1Pet"},
                                                       {"v2::Pet", "V2Pet"}}));
}

TEST(SchemaNamesTest, TemplateSpecialisationsUseQualifiedNames) {
  auto Names =
      assignSchemaNames({model("Page<Pet>", "Page"), model("Pet", "Pet")});
  EXPECT_EQ(Names.at("Page<Pet>"), "PagePet");
  EXPECT_EQ(Names.at("Pet"), "Pet");
}

TEST(SchemaNamesTest, ExplicitNameWinsAndClaimsItsName) {
  // `name=Pet` on one model pushes the other `Pet` to its qualified name.
  auto Names = assignSchemaNames({model("a::Animal", "Animal", "Pet"),
                                  model("b::Pet", "Pet"),
                                  model("c::Cat", "Cat", "Kitty")});
  EXPECT_EQ(Names, (std::map<std::string, std::string>{{"a::Animal", "Pet"},
                                                       {"b::Pet", "BPet"},
                                                       {"c::Cat", "Kitty"}}));
}

TEST(SchemaNamesTest, RemainingCollisionsGetNumberedInIdOrder) {
  // `a_b::C` and `aB::C` both become `ABC`; an explicit `ABC` keeps its name.
  auto Names = assignSchemaNames({model("a_b::C", "C"), model("aB::C", "C"),
                                  model("z::Named", "Named", "ABC")});
  EXPECT_EQ(Names,
            (std::map<std::string, std::string>{
                {"aB::C", "ABC2"}, {"a_b::C", "ABC3"}, {"z::Named", "ABC"}}));
}

TEST(SchemaNamesTest, IndependentOfInputOrder) {
  std::vector<Model> Models = {
      model("a_b::C", "C"),       model("aB::C", "C"),
      model("v1::Pet", "Pet"),    model("v2::Pet", "Pet"),
      model("Page<Pet>", "Page"), model("x::Dog", "Dog", "Hound")};
  auto Expected = assignSchemaNames(Models);
  std::sort(Models.begin(), Models.end(),
            [](const Model &A, const Model &B) { return A.Id < B.Id; });
  do {
    EXPECT_EQ(assignSchemaNames(Models), Expected);
  } while (std::next_permutation(
      Models.begin(), Models.end(),
      [](const Model &A, const Model &B) { return A.Id < B.Id; }));
}
