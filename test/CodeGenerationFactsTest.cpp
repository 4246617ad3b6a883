//===- CodeGenerationFactsTest.cpp - What a generator needs, from scans ---===//
//
// A small project on disk, scanned as the tool scans it: a header that
// declares a namespaced handler and the models, the .cpp file that defines it
// and declares a handler of its own, and a second unit that sees only the
// header. Checks the facts a code generator reads (Representation.h's
// HandlerSignature and Model), and that the two units agree on them.
//
//===----------------------------------------------------------------------===//
#include "scan/CompileCommands.h"
#include "model/Merge.h"
#include "model/RepresentationJson.h"
#include "scan/Scanner.h"
#include "TemporaryProjectTest.h"

#include <clang/Tooling/CompilationDatabase.h>

namespace apigw {

// Failures print the facts as a fragment writes them.
void PrintTo(const HandlerSignature &V, std::ostream *OS) { *OS << nlohmann::json(V).dump(); }
void PrintTo(const ModelField &V, std::ostream *OS) { *OS << nlohmann::json(V).dump(); }
void PrintTo(const ModelEnumerator &V, std::ostream *OS) { *OS << nlohmann::json(V).dump(); }

namespace {

constexpr const char *PetsHeader = R"(#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>

namespace apigw {
class RequestContext {
public:
  std::string request_id() const;
};
} // namespace apigw

namespace shop {
enum class Status { available, sold };
NLOHMANN_JSON_SERIALIZE_ENUM(Status, {{Status::available, "Available"},
                                      {Status::sold, "SOLD"},
                                      {Status::available, "in stock"}})
enum Size { small [[clang::annotate("json_name=S")]], large };

struct Pet {
  std::int64_t id;
  [[clang::annotate("json_name=petName")]] std::string name;
  std::optional<std::string> tag;
  Status status;
  Size size;
  [[clang::annotate("ignore")]] int cache;
};

template <typename T> struct Page {
  std::vector<T> items;
  std::optional<std::string> next;
};

namespace pets {
[[clang::annotate("get=/pets/{pet_id}"), clang::annotate("get=/v1/pets/{pet_id}"),
  clang::annotate("aws_lambda_uri=${pets_fn}")]]
Pet get_pet(std::int64_t pet_id, std::optional<std::string> fields);
} // namespace pets
} // namespace shop
)";

// The definition names the parameters otherwise: the declaration's names win.
constexpr const char *PetsSource = R"(#include "pets.hpp"

namespace shop::pets {
Pet get_pet(std::int64_t id, std::optional<std::string> wanted) { return {}; }
} // namespace shop::pets

namespace orders {
struct NewOrder {
  std::int64_t pet_id;
};
} // namespace orders

[[clang::annotate("post=/orders/{order_id}"), clang::annotate("aws_lambda_uri=${orders_fn}")]]
shop::Page<shop::Pet> add_order(const apigw::RequestContext &context, std::int64_t order_id,
                                [[clang::annotate("header=X-Trace")]] const std::string &trace,
                                const orders::NewOrder &order,
                                [[clang::annotate("ignore")]] int = 3);
)";

class CodeGenerationFactsTest : public TemporaryProjectTest {
protected:
  CodeGenerationFactsTest() : TemporaryProjectTest("apigw-facts-test") {}

  void SetUp() override {
    TemporaryProjectTest::SetUp();
    write("include/pets.hpp", PetsHeader);
    write("src/pets.cpp", PetsSource);
    write("src/other.cpp", "#include \"pets.hpp\"\n");
  }

  /// The units, scanned without errors.
  std::vector<UnitResult> scan(const std::vector<std::string> &Sources) {
    clang::tooling::FixedCompilationDatabase Database(path("src"),
                                                      {"-std=c++20", "-I" + path("include")});
    ScanOptions Options;
    Options.Jobs = 1;
    Options.Adjuster = scanAdjuster(APIGW_CLANG_RESOURCE_DIR);
    std::vector<std::string> Paths;
    for (const std::string &Source : Sources)
      Paths.push_back(path(Source));
    std::vector<UnitResult> Units = scanUnits(Database, Paths, Options);
    for (const UnitResult &Unit : Units) {
      EXPECT_FALSE(Unit.ParseFailed) << Unit.CompilerOutput;
      EXPECT_FALSE(hasErrors(Unit.Scanned.Diags)) << Unit.Scanned.Diags.front().Message;
    }
    return Units;
  }

  /// The item of `Items` whose `Field` is `Value`; a failure when none is.
  template <typename T>
  static const T &find(const std::vector<T> &Items, std::string T::*Field,
                       const std::string &Value) {
    for (const T &Item : Items)
      if (Item.*Field == Value)
        return Item;
    ADD_FAILURE() << "nothing is " << Value;
    static const T None;
    return None;
  }
  static const Operation &operation(const ApiModel &Api, const std::string &Path) {
    return find(Api.Operations, &Operation::Path, Path);
  }
  static const Model &model(const ApiModel &Api, const std::string &Id) {
    return find(Api.Models, &Model::Id, Id);
  }
};

// `std::int64_t` is `::int64_t` brought into std by a using-declaration:
// Clang names the type it declares, `int64_t` (docs/runtime.md).
TEST_F(CodeGenerationFactsTest, NamespacedHandlerDeclaredInAHeader) {
  ApiModel Api = scan({"src/pets.cpp"}).at(0).Scanned.Api;
  const HandlerSignature Expected = {
      "shop::pets::get_pet",
      path("include/pets.hpp"),
      "shop::Pet",
      {{"pet_id", "int64_t", ParamSource::Path, "pet_id"},
       {"fields", "std::optional<std::string>", ParamSource::Query, "fields"}}};
  EXPECT_EQ(operation(Api, "/pets/{pet_id}").Handler, Expected);
  // One handler, two routes: the same call.
  EXPECT_EQ(operation(Api, "/v1/pets/{pet_id}").Handler, Expected);
}

TEST_F(CodeGenerationFactsTest, HandlerDeclaredOnlyInTheMainFileHasNoHeader) {
  ApiModel Api = scan({"src/pets.cpp"}).at(0).Scanned.Api;
  const HandlerSignature Expected = {
      "add_order",
      "",
      "shop::Page<shop::Pet>",
      {{"context", "const apigw::RequestContext &", ParamSource::Context, ""},
       {"order_id", "int64_t", ParamSource::Path, "order_id"},
       {"trace", "const std::string &", ParamSource::Header, "X-Trace"},
       {"order", "const orders::NewOrder &", ParamSource::Body, ""},
       {"", "int", ParamSource::Ignored, "", /*HasDefault=*/true}}};
  const Operation &Op = operation(Api, "/orders/{order_id}");
  EXPECT_EQ(Op.Handler, Expected);
  // The context is no part of the API.
  ASSERT_EQ(Op.Parameters.size(), 2u);
  EXPECT_EQ(Op.Parameters[0].Name, "order_id");
  EXPECT_EQ(Op.Parameters[1].Name, "X-Trace");
  ASSERT_TRUE(Op.Body.has_value());
  EXPECT_EQ(Op.Body->Type, Schema({{"$ref", "orders::NewOrder"}}));
  EXPECT_EQ(model(Api, "orders::NewOrder").Header, "");
}

TEST_F(CodeGenerationFactsTest, ClassModelFields) {
  const ApiModel Api = scan({"src/pets.cpp"}).at(0).Scanned.Api;
  const Model &Pet = model(Api, "shop::Pet");
  EXPECT_EQ(Pet.CppName, "shop::Pet");
  EXPECT_EQ(Pet.Header, path("include/pets.hpp"));
  EXPECT_EQ(Pet.Fields, (std::vector<ModelField>{
                            {"id", "id", "int64_t", false},
                            {"name", "petName", "std::string", false},
                            {"tag", "tag", "std::optional<std::string>", true},
                            {"status", "status", "shop::Status", false},
                            {"size", "size", "shop::Size", false}}));
  EXPECT_TRUE(Pet.Enumerators.empty());
}

TEST_F(CodeGenerationFactsTest, TemplateSpecialisationModel) {
  const ApiModel Api = scan({"src/pets.cpp"}).at(0).Scanned.Api;
  const Model &Page = model(Api, "shop::Page<shop::Pet>");
  EXPECT_EQ(Page.CppName, "shop::Page<shop::Pet>");
  EXPECT_EQ(Page.Header, path("include/pets.hpp"));
  EXPECT_EQ(Page.Fields,
            (std::vector<ModelField>{{"items", "items", "std::vector<shop::Pet>", false},
                                     {"next", "next", "std::optional<std::string>", true}}));
}

TEST_F(CodeGenerationFactsTest, EnumModels) {
  ApiModel Api = scan({"src/pets.cpp"}).at(0).Scanned.Api;
  // The table as NLOHMANN_JSON_SERIALIZE_ENUM lists it, repeats and all.
  const Model &Status = model(Api, "shop::Status");
  EXPECT_EQ(Status.CppName, "shop::Status");
  EXPECT_EQ(Status.Header, path("include/pets.hpp"));
  EXPECT_EQ(Status.Enumerators, (std::vector<ModelEnumerator>{{"available", "Available"},
                                                             {"sold", "SOLD"},
                                                             {"available", "in stock"}}));
  EXPECT_TRUE(Status.Fields.empty());
  EXPECT_EQ(model(Api, "shop::Size").Enumerators,
            (std::vector<ModelEnumerator>{{"small", "S"}, {"large", "large"}}));
}

TEST_F(CodeGenerationFactsTest, AUnitThatSeesOnlyTheHeaderAgrees) {
  std::vector<UnitResult> Units = scan({"src/pets.cpp", "src/other.cpp"});
  const Operation &Whole = operation(Units[0].Scanned.Api, "/pets/{pet_id}");
  const Operation &Part = operation(Units[1].Scanned.Api, "/pets/{pet_id}");
  EXPECT_EQ(Part.Handler, Whole.Handler);
  EXPECT_EQ(model(Units[1].Scanned.Api, "shop::Pet").Fields,
            model(Units[0].Scanned.Api, "shop::Pet").Fields);
  Diagnostics Diags;
  ApiModel Merged = mergeUnits({{Units[0].Scanned.Source, Units[0].Scanned.Api},
                                {Units[1].Scanned.Source, Units[1].Scanned.Api}},
                               Diags);
  EXPECT_TRUE(Diags.empty()) << Diags.front().Message;
  EXPECT_EQ(operation(Merged, "/pets/{pet_id}").Handler, Whole.Handler);
}

} // namespace
} // namespace apigw
