//===- TypeMapperTest.cpp - C++ types to schemas, on in-memory code -------===//
#include "map/TypeMapper.h"

#include <clang/AST/ASTContext.h>
#include <clang/Frontend/ASTUnit.h>
#include <clang/Tooling/Tooling.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace apigw {
namespace {

/// Parses `Code` (C++20, with the standard library) and maps the type of the
/// variable `value`.
class TypeMapperTest : public ::testing::Test {
protected:
  MappedType mapValue(const std::string &Code) {
    AST = clang::tooling::buildASTFromCodeWithArgs(
        Code, {"-std=c++20", "-resource-dir=" APIGW_CLANG_RESOURCE_DIR}, "input.cpp");
    EXPECT_FALSE(AST->getDiagnostics().hasErrorOccurred());
    clang::ASTContext &Context = AST->getASTContext();
    auto Found = Context.getTranslationUnitDecl()->lookup(&Context.Idents.get("value"));
    EXPECT_FALSE(Found.empty());
    const auto *Var = llvm::cast<clang::VarDecl>(Found.front());
    TypeMapper Types(AST->getSema(), Serializations, Models, Diags);
    auto Mapped = Types.map(Var->getType(), Var->getLocation(), "variable 'value'");
    return Mapped ? *Mapped : MappedType{Schema("unmapped")};
  }

  const Model *model(const std::string &Id) const {
    for (const Model &M : Models)
      if (M.Id == Id)
        return &M;
    return nullptr;
  }

  std::unique_ptr<clang::ASTUnit> AST;
  EnumSerializations Serializations;
  std::vector<Model> Models;
  Diagnostics Diags;
};

TEST_F(TypeMapperTest, IntegersByWidthAndSignedness) {
  EXPECT_EQ(mapValue("#include <cstdint>\nstd::int16_t value;").Type,
            Schema::parse(R"({"type":"integer","format":"int32","minimum":-32768,"maximum":32767})"));
  EXPECT_EQ(mapValue("#include <cstdint>\nstd::uint32_t value;").Type,
            Schema::parse(R"({"type":"integer","format":"int64","minimum":0,"maximum":4294967295})"));
  EXPECT_EQ(mapValue("#include <cstdint>\nstd::uint64_t value;").Type,
            Schema::parse(R"({"type":"integer","format":"int64","minimum":0})"));
  EXPECT_EQ(mapValue("int value;").Type, Schema::parse(R"({"type":"integer","format":"int32"})"));
}

TEST_F(TypeMapperTest, OptionalAndPointersAreNotRequired) {
  MappedType Optional = mapValue("#include <optional>\nstd::optional<double> value;");
  EXPECT_TRUE(Optional.Optional);
  EXPECT_EQ(Optional.Type, Schema::parse(R"({"type":"number","format":"double"})"));
  EXPECT_TRUE(mapValue("const char *value;").Optional);
}

TEST_F(TypeMapperTest, ContainersAndMaps) {
  EXPECT_EQ(mapValue("#include <set>\n#include <string>\nstd::set<std::string> value;").Type,
            Schema::parse(R"({"type":"array","uniqueItems":true,"items":{"type":"string"}})"));
  EXPECT_EQ(mapValue("#include <array>\nstd::array<bool, 2> value;").Type,
            Schema::parse(R"({"type":"array","minItems":2,"maxItems":2,"items":{"type":"boolean"}})"));
  EXPECT_EQ(mapValue("#include <map>\n#include <string>\nstd::map<std::string, float> value;").Type,
            Schema::parse(
                R"({"type":"object","additionalProperties":{"type":"number","format":"float"}})"));
}

TEST_F(TypeMapperTest, RecordsBecomeModelsWithBasesFlattened) {
  MappedType Mapped = mapValue(R"(
    #include <optional>
    #include <string>
    namespace shop {
    struct Base { std::string id; };
    /// A pet.
    struct Pet : Base {
      std::optional<std::string> tag;
      static int count;
     private:
      int secret;
    };
    }
    shop::Pet value;)");
  EXPECT_EQ(Mapped.Type, Schema::parse(R"({"$ref":"shop::Pet"})"));
  const Model *Pet = model("shop::Pet");
  ASSERT_NE(Pet, nullptr);
  EXPECT_EQ(Pet->UnqualifiedName, "Pet");
  EXPECT_EQ(Pet->Body, Schema::parse(R"({"type":"object","description":"A pet.",
      "properties":{"id":{"type":"string"},"tag":{"type":"string"}},"required":["id"]})"));
}

TEST_F(TypeMapperTest, RecursionEndsInAReference) {
  mapValue("#include <vector>\nstruct Node { std::vector<Node> children; };\nNode value;");
  ASSERT_EQ(Models.size(), 1u);
  EXPECT_EQ(Models[0].Body["properties"]["children"]["items"], Schema::parse(R"({"$ref":"Node"})"));
}

TEST_F(TypeMapperTest, TemplateSpecialisationsKeepTheirArguments) {
  mapValue("namespace shop { template <typename T> struct Page { T item; };\nstruct Pet {}; }\n"
           "shop::Page<shop::Pet> value;");
  const Model *Page = model("shop::Page<shop::Pet>");
  ASSERT_NE(Page, nullptr);
  EXPECT_EQ(Page->UnqualifiedName, "Page");
  EXPECT_EQ(Page->TemplateId, "shop::Page");
  EXPECT_EQ(Page->Arguments, (std::vector<NameWord>{{"Pet", "shop::Pet"}}));
}

TEST_F(TypeMapperTest, ArgumentWordsLeaveOutDefaultArguments) {
  // The vector's allocator and `Extra` are left to their defaults; a
  // library template is words of its own, the model in it a model's word.
  mapValue(R"(
    #include <string>
    #include <vector>
    namespace shop { struct Pet { int id; }; }
    template <typename K, typename V, typename Extra = int> struct Table { K key; V rows; };
    Table<std::string, std::vector<shop::Pet>> value;)");
  auto Table = std::find_if(Models.begin(), Models.end(),
                            [](const Model &M) { return M.TemplateId == "Table"; });
  ASSERT_NE(Table, Models.end());
  EXPECT_EQ(Table->Arguments,
            (std::vector<NameWord>{{"String", ""}, {"Vector", ""}, {"Pet", "shop::Pet"}}));
}

TEST_F(TypeMapperTest, UninstantiatedSpecialisationsAreInstantiated) {
  // A pointer needs no complete type: nothing instantiates the templates
  // before the mapper does, nested arguments and members included.
  MappedType Mapped = mapValue(R"(
    #include <vector>
    template <typename T> struct Item { T value; };
    template <typename T> struct Page { std::vector<Item<T>> items; };
    struct Pet { int id; };
    Page<Page<Pet>> *value;)");
  EXPECT_TRUE(Diags.empty());
  EXPECT_EQ(Mapped.Type, Schema::parse(R"({"$ref":"Page<Page<Pet>>"})"));
  for (const char *Id : {"Page<Page<Pet>>", "Item<Page<Pet>>", "Page<Pet>", "Item<Pet>", "Pet"})
    EXPECT_NE(model(Id), nullptr) << Id;
  const Model *Outer = model("Page<Page<Pet>>");
  ASSERT_NE(Outer, nullptr);
  EXPECT_EQ(Outer->Arguments, (std::vector<NameWord>{{"PagePet", "Page<Pet>"}}));
}

TEST_F(TypeMapperTest, EnumsListTheirNamesOrJsonNames) {
  mapValue(R"(enum class Color { Red [[clang::annotate("json_name=red")]], Green };
              Color value;)");
  ASSERT_EQ(Models.size(), 1u);
  EXPECT_EQ(Models[0].Body, Schema::parse(R"({"type":"string","enum":["red","Green"]})"));
}

TEST_F(TypeMapperTest, UnsupportedTypesAreReportedWithAWayOut) {
  EXPECT_EQ(mapValue("#include <map>\nstd::map<int, int> value;").Type, Schema("unmapped"));
  ASSERT_EQ(Diags.size(), 1u);
  EXPECT_NE(Diags[0].Message.find("variable 'value'"), std::string::npos);
  EXPECT_NE(Diags[0].Message.find("'ignore'"), std::string::npos);
}

TEST_F(TypeMapperTest, MonostateMakesAnOptionalValueNullable) {
  EXPECT_EQ(mapValue("#include <variant>\nstd::variant<std::monostate, int> value;").Type,
            Schema::parse(R"({"type":"integer","format":"int32","nullable":true})"));
}

} // namespace
} // namespace apigw
