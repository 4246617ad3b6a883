//===- SchemaNamesTest.cpp - components.schemas names ---------------------===//
#include "model/SchemaNames.h"

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

/// A specialisation of `Template` (qualified) with the argument words
/// `Arguments`.
Model specialisation(std::string Id, std::string Template,
                     std::vector<NameWord> Arguments,
                     std::string Explicit = "") {
  std::string Unqualified = Template.substr(Template.rfind(':') + 1);
  Model M = model(std::move(Id), std::move(Unqualified), std::move(Explicit));
  M.TemplateId = std::move(Template);
  M.Arguments = std::move(Arguments);
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

TEST(SchemaNamesTest, SpecialisationIsTemplateThenArgumentNames) {
  // Nothing clashes: no namespace in any part of the name.
  auto Names = assignSchemaNames(
      {specialisation("shop::Page<shop::Pet>", "shop::Page",
                      {{"Pet", "shop::Pet"}}),
       model("shop::Pet", "Pet"),
       specialisation("shop::Page<int>", "shop::Page", {{"Int", ""}})});
  EXPECT_EQ(Names.at("shop::Page<shop::Pet>"), "PagePet");
  EXPECT_EQ(Names.at("shop::Page<int>"), "PageInt");
  EXPECT_EQ(Names.at("shop::Pet"), "Pet");
}

TEST(SchemaNamesTest, SpecialisationTakesItsArgumentsSettledNames) {
  // `Pet` clashes, so its argument word is `V2Pet`; a named argument gives
  // its name; a nested specialisation gives its own settled name.
  auto Names = assignSchemaNames(
      {model("v1::Pet", "Pet"), model("v2::Pet", "Pet"),
       model("Item", "Item", "InventoryItem"),
       specialisation("Page<v2::Pet>", "Page", {{"Pet", "v2::Pet"}}),
       specialisation("Page<Item>", "Page", {{"Item", "Item"}}),
       specialisation("Page<Page<v2::Pet>>", "Page",
                      {{"PagePet", "Page<v2::Pet>"}})});
  EXPECT_EQ(Names.at("Page<v2::Pet>"), "PageV2Pet");
  EXPECT_EQ(Names.at("Page<Item>"), "PageInventoryItem");
  EXPECT_EQ(Names.at("Page<Page<v2::Pet>>"), "PagePageV2Pet");
}

TEST(SchemaNamesTest, ArgumentNotInTheDocumentGivesItsOwnWord) {
  auto Names = assignSchemaNames(
      {specialisation("Tagged<Marker>", "Tagged", {{"Marker", "Marker"}})});
  EXPECT_EQ(Names.at("Tagged<Marker>"), "TaggedMarker");
}

TEST(SchemaNamesTest, TwoTemplatesOfOneNameAreQualified) {
  auto Names = assignSchemaNames(
      {specialisation("v1::Page<Pet>", "v1::Page", {{"Pet", "Pet"}}),
       specialisation("v2::Page<Pet>", "v2::Page", {{"Pet", "Pet"}}),
       specialisation("v2::Page<int>", "v2::Page", {{"Int", ""}}),
       model("Pet", "Pet")});
  EXPECT_EQ(Names.at("v1::Page<Pet>"), "V1PagePet");
  EXPECT_EQ(Names.at("v2::Page<Pet>"), "V2PagePet");
  EXPECT_EQ(Names.at("v2::Page<int>"), "V2PageInt");
}

TEST(SchemaNamesTest, SpecialisationGivesWayToATypesOwnName) {
  // A struct called `PagePet` keeps its name; the specialisation falls back
  // to its qualified name, then to a number.
  auto Names = assignSchemaNames(
      {model("PagePet", "PagePet"), model("Pet", "Pet"),
       specialisation("Page<Pet>", "Page", {{"Pet", "Pet"}}),
       specialisation("Page<Pet, Named>", "Page",
                      {{"Pet", "Pet"}, {"Named", "Named"}}, "OrderPage")});
  EXPECT_EQ(Names.at("PagePet"), "PagePet");
  EXPECT_EQ(Names.at("Page<Pet>"), "PagePet2");
  EXPECT_EQ(Names.at("Page<Pet, Named>"), "OrderPage");
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
      specialisation("Page<v1::Pet>", "Page", {{"Pet", "v1::Pet"}}),
      specialisation("Page<Page<v1::Pet>>", "Page", {{"PagePet", "Page<v1::Pet>"}}),
      model("x::Dog", "Dog", "Hound")};
  auto Expected = assignSchemaNames(Models);
  std::sort(Models.begin(), Models.end(),
            [](const Model &A, const Model &B) { return A.Id < B.Id; });
  do {
    EXPECT_EQ(assignSchemaNames(Models), Expected);
  } while (std::next_permutation(
      Models.begin(), Models.end(),
      [](const Model &A, const Model &B) { return A.Id < B.Id; }));
}
