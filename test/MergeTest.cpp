//===- MergeTest.cpp - One program from many translation units ------------===//
#include "model/Merge.h"

#include "model/Fingerprint.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace apigw;

namespace {

Location loc(std::string File, unsigned Line, unsigned Column = 1) {
  return {std::move(File), Line, Column};
}

Operation op(std::string Method, std::string Path, std::string Id,
             Location Loc) {
  Operation Op;
  Op.Method = std::move(Method);
  Op.Path = std::move(Path);
  Op.OperationId = std::move(Id);
  Op.Responses = {{"200", "OK", std::nullopt}};
  Op.Target.Target = "${fn}";
  Op.Loc = std::move(Loc);
  return Op;
}

Model model(std::string Id, std::string Body, Location Loc) {
  Model M;
  M.Id = Id;
  M.UnqualifiedName = Id;
  M.Body = Schema::parse(Body);
  M.Loc = std::move(Loc);
  return M;
}

Authorizer authorizer(std::string Id, std::string Name, Location Loc) {
  Authorizer A;
  A.Id = std::move(Id);
  A.Name = std::move(Name);
  A.Loc = std::move(Loc);
  return A;
}

ApiSettings api(std::string Title, Location Loc) {
  ApiSettings A;
  A.Title = std::move(Title);
  A.Loc = std::move(Loc);
  return A;
}

/// Built from `Declarations`, each carrying the keys listed with it as
/// {declaration index, key, value, line of the key}.
struct KeyOn {
  size_t Declaration;
  std::string Key;
  std::optional<std::string> Value;
  unsigned Line;
};

Provenance from(std::vector<Location> Declarations, std::vector<KeyOn> Keys) {
  Provenance From;
  for (const KeyOn &K : Keys) {
    const Location &On = Declarations.at(K.Declaration);
    From.Keys.push_back({On, {K.Key, K.Value, loc(On.File, K.Line, 3)}});
  }
  std::sort(Declarations.begin(), Declarations.end());
  From.Declarations = std::move(Declarations);
  return From;
}

SecurityRequirement requirement(std::string Authorizer, Location Loc) {
  return {std::move(Authorizer), {}, std::move(Loc)};
}

/// `file:line:col: message` plus `| note` lines: exact, and easy to read
/// when a comparison fails.
std::vector<std::string> render(const Diagnostics &Diags) {
  std::vector<std::string> Lines;
  auto Where = [](const Location &L) {
    return L.File + ":" + std::to_string(L.Line) + ":" +
           std::to_string(L.Column);
  };
  for (const Diagnostic &D : Diags) {
    EXPECT_EQ(D.Level, Severity::Error);
    Lines.push_back(Where(D.Loc) + ": " + D.Message);
    for (const auto &[NoteLoc, Note] : D.Notes)
      Lines.push_back("  " + Where(NoteLoc) + ": note: " + Note);
  }
  return Lines;
}

/// Units named 1.cpp, 2.cpp... in the order given.
std::vector<UnitModel> units(std::vector<ApiModel> Models) {
  std::vector<UnitModel> Units;
  for (ApiModel &M : Models)
    Units.push_back({std::to_string(Units.size() + 1) + ".cpp", std::move(M)});
  return Units;
}

std::vector<std::string> routes(const ApiModel &Api) {
  std::vector<std::string> Out;
  for (const Operation &Op : Api.Operations)
    Out.push_back(Op.Method + " " + Op.Path + " " + Op.OperationId);
  return Out;
}

template <typename T>
std::vector<std::string> prints(const std::vector<T> &Items) {
  std::vector<std::string> Out;
  for (const T &Item : Items)
    Out.push_back(fingerprint(Item));
  return Out;
}

} // namespace

TEST(MergeTest, HeaderSeenByManyUnitsCountsOnce) {
  Operation List = op("get", "/pets", "listPets", loc("pets.h", 10));
  ApiModel A, B, C;
  A.Operations = {List};
  B.Operations = {List};
  C.Operations = {List};
  A.Models =
      B.Models = {model("Pet", R"({"type":"object"})", loc("pets.h", 3))};
  A.Authorizers =
      C.Authorizers = {authorizer("bearer", "bearer", loc("auth.h", 2))};
  A.Apis = B.Apis = {api("Pets", loc("api.h", 1))};

  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({A, B, C}), Diags);
  EXPECT_TRUE(Diags.empty()) << ::testing::PrintToString(render(Diags));
  EXPECT_EQ(routes(Merged), std::vector<std::string>{"get /pets listPets"});
  ASSERT_EQ(Merged.Models.size(), 1u);
  ASSERT_EQ(Merged.Authorizers.size(), 1u);
  ASSERT_EQ(Merged.Apis.size(), 1u);
  EXPECT_EQ(Merged.Apis.front().Title, "Pets");
}

TEST(MergeTest, OneHandlerWithSeveralRouteKeysKeepsEachRoute) {
  ApiModel A, B;
  A.Operations = {op("get", "/pets", "pets", loc("pets.h", 10)),
                  op("head", "/pets", "petsHead", loc("pets.h", 10))};
  B.Operations = A.Operations;
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({A, B}), Diags);
  EXPECT_TRUE(Diags.empty());
  EXPECT_EQ(routes(Merged), (std::vector<std::string>{"get /pets pets",
                                                      "head /pets petsHead"}));
}

TEST(MergeTest, CanonicalOrder) {
  ApiModel A, B;
  A.Operations = {op("any", "/a", "anyA", loc("z.cpp", 1)),
                  op("patch", "/a", "patchA", loc("z.cpp", 2)),
                  op("post", "/b", "postB", loc("y.cpp", 1))};
  B.Operations = {op("delete", "/a", "deleteA", loc("a.cpp", 9)),
                  op("get", "/a", "getA", loc("a.cpp", 8)),
                  op("options", "/a", "optionsA", loc("b.cpp", 1)),
                  op("head", "/a", "headA", loc("b.cpp", 2)),
                  op("put", "/a", "putA", loc("b.cpp", 3)),
                  op("post", "/a", "postA", loc("b.cpp", 4)),
                  op("get", "/a/{id}", "getOne", loc("b.cpp", 5))};
  A.Models = {model("b::Z", "{}", loc("z.h", 1)),
              model("a::Y", "{}", loc("y.h", 1))};
  B.Authorizers = {authorizer("zeta", "zeta", loc("a.h", 1)),
                   authorizer("alpha", "alpha", loc("b.h", 1))};
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({A, B}), Diags);
  EXPECT_TRUE(Diags.empty());
  EXPECT_EQ(routes(Merged),
            (std::vector<std::string>{"get /a getA", "put /a putA",
                                      "post /a postA", "delete /a deleteA",
                                      "options /a optionsA", "head /a headA",
                                      "patch /a patchA", "any /a anyA",
                                      "get /a/{id} getOne", "post /b postB"}));
  ASSERT_EQ(Merged.Models.size(), 2u);
  EXPECT_EQ(Merged.Models[0].Id, "a::Y");
  EXPECT_EQ(Merged.Models[1].Id, "b::Z");
  ASSERT_EQ(Merged.Authorizers.size(), 2u);
  EXPECT_EQ(Merged.Authorizers[0].Id, "alpha");
  EXPECT_EQ(Merged.Authorizers[1].Id, "zeta");
}

TEST(MergeTest, DuplicateRouteIsReportedAtTheLaterHandler) {
  ApiModel A, B;
  A.Operations = {op("get", "/pets", "listPets", loc("b.cpp", 20, 6))};
  B.Operations = {op("get", "/pets", "allPets", loc("a.cpp", 7, 6))};
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({A, B}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "b.cpp:20:6: duplicate route 'GET /pets'",
                "  a.cpp:7:6: note: previous definition is here"}));
  EXPECT_EQ(routes(Merged), std::vector<std::string>{"get /pets allPets"});
}

TEST(MergeTest, AnyRouteIsNamedAsApiGatewaySpellsIt) {
  ApiModel A;
  A.Operations = {op("any", "/{proxy+}", "one", loc("a.cpp", 1)),
                  op("any", "/{proxy+}", "two", loc("a.cpp", 2))};
  Diagnostics Diags;
  mergeUnits(units({A}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "a.cpp:2:1: duplicate route 'ANY /{proxy+}'",
                "  a.cpp:1:1: note: previous definition is here"}));
}

TEST(MergeTest, DuplicateOperationId) {
  ApiModel A, B;
  A.Operations = {op("get", "/pets", "pets", loc("a.cpp", 3))};
  B.Operations = {op("get", "/owners", "pets", loc("b.cpp", 4))};
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({B, A}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "b.cpp:4:1: duplicate operationId 'pets'",
                "  a.cpp:3:1: note: previous definition is here"}));
  EXPECT_EQ(routes(Merged), std::vector<std::string>{"get /pets pets"});
}

TEST(MergeTest, OneHandlerSeenDifferentlyByTwoUnits) {
  Operation One = op("get", "/pets", "listPets", loc("pets.h", 10));
  Operation Other = One;
  Other.Summary = "compiled with -DVERBOSE";
  ApiModel A, B;
  A.Operations = {One};
  B.Operations = {Other};
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({A, B}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "pets.h:10:1: route 'GET /pets' has different "
                "definitions in different translation units",
                "  pets.h:10:1: note: 'Summary' is \"\" in unit 1.cpp and "
                "\"compiled with -DVERBOSE\" in unit 2.cpp"}));
  EXPECT_EQ(Merged.Operations.size(), 1u);
}

// A parameter's C++ type differs with its schema: the note names the schema,
// which the document shows, not the code generation fact.
TEST(MergeTest, TheApiDifferenceIsNamedBeforeTheCodeGenerationFacts) {
  Operation One = op("get", "/pets", "listPets", loc("pets.h", 10));
  One.Parameters = {{"limit", ParamIn::Query, true, "", Schema::parse(R"({"type":"integer"})")}};
  One.Handler.Parameters = {{"limit", "int", ParamSource::Query, "limit"}};
  Operation Other = One;
  Other.Parameters[0].Type = Schema::parse(R"({"type":"string"})");
  Other.Handler.Parameters[0].Type = "std::string";
  ApiModel A, B;
  A.Operations = {One};
  B.Operations = {Other};
  Diagnostics Diags;
  mergeUnits(units({A, B}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "pets.h:10:1: route 'GET /pets' has different "
                "definitions in different translation units",
                "  pets.h:10:1: note: 'Parameters/0/Type/type' is \"integer\" in "
                "unit 1.cpp and \"string\" in unit 2.cpp"}));
}

// Only the facts differ (an alias that means another type in each unit):
// still two definitions.
TEST(MergeTest, CodeGenerationFactsMustAgreeToo) {
  Operation One = op("get", "/pets", "listPets", loc("pets.h", 10));
  One.Handler.ReturnType = "shop::Pet";
  Operation Other = One;
  Other.Handler.ReturnType = "v2::Pet";
  ApiModel A, B;
  A.Operations = {One};
  B.Operations = {Other};
  A.Models = {model("Pet", R"({"type":"object"})", loc("a.cpp", 5))};
  B.Models = {model("Pet", R"({"type":"object"})", loc("b.cpp", 5))};
  B.Models[0].Fields = {{"id", "id", "int", false}};
  Diagnostics Diags;
  mergeUnits(units({A, B}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "b.cpp:5:1: model 'Pet' has different definitions in different "
                "translation units",
                "  a.cpp:5:1: note: previous definition is here",
                "  b.cpp:5:1: note: 'Fields' is [] in unit 1.cpp and "
                "[{\"Member\":\"id\",\"Optional\":false,\"Type\":\"int\",\"WireName\":... in unit 2.cpp",
                "pets.h:10:1: route 'GET /pets' has different "
                "definitions in different translation units",
                "  pets.h:10:1: note: 'Handler/ReturnType' is \"shop::Pet\" in "
                "unit 1.cpp and \"v2::Pet\" in unit 2.cpp"}));
}

// The header declares the route, the .cpp definition adds tags: the unit that
// includes only the header sees less, which is no conflict, and the merge
// keeps what the unit that saw both declarations saw, whatever the order.
TEST(MergeTest, UnitThatSeesOnlyTheHeaderAgreesWithTheWholeHandler) {
  const Location Header = loc("pets.h", 10), Definition = loc("pets.cpp", 5);
  Operation Part = op("get", "/pets", "listPets", Header);
  Part.From = from({Header}, {{0, "get", "/pets", 9}});
  Operation Whole = Part;
  Whole.Tags = {"pets"};
  Whole.From = from({Header, Definition},
                    {{0, "get", "/pets", 9}, {1, "tags", "pets", 4}});
  ApiModel WithDefinition, HeaderOnly;
  WithDefinition.Operations = {Whole};
  HeaderOnly.Operations = {Part};
  for (bool HeaderFirst : {true, false}) {
    std::vector<UnitModel> Units = {{"pets.cpp", WithDefinition},
                                    {"owners.cpp", HeaderOnly}};
    if (HeaderFirst)
      std::swap(Units[0], Units[1]);
    Diagnostics Diags;
    ApiModel Merged = mergeUnits(Units, Diags);
    EXPECT_TRUE(Diags.empty()) << ::testing::PrintToString(render(Diags));
    ASSERT_EQ(Merged.Operations.size(), 1u);
    EXPECT_EQ(Merged.Operations[0].Tags, std::vector<std::string>{"pets"});
  }
}

// Seeing less is allowed; seeing the shared declaration differently is not.
TEST(MergeTest, UnitThatSeesLessMustAgreeOnWhatItSees) {
  const Location Header = loc("pets.h", 10), Definition = loc("pets.cpp", 5);
  Operation Whole = op("get", "/pets", "listPets", Header);
  Whole.Tags = {"pets"};
  Whole.Deprecated = true;
  Whole.From = from({Header, Definition}, {{0, "tags", "pets", 9},
                                           {0, "deprecated", std::nullopt, 8},
                                           {1, "summary", "All", 4}});
  Operation Part = Whole;
  Part.Tags = {"animals"};
  Part.From = from({Header}, {{0, "tags", "animals", 9},
                              {0, "deprecated", std::nullopt, 8}});
  Operation NoFlag = Part;
  NoFlag.Tags = {"pets"};
  NoFlag.Deprecated = false;
  NoFlag.From = from({Header}, {{0, "tags", "pets", 9}});
  ApiModel A, B, C;
  A.Operations = {Whole};
  B.Operations = {Part};
  C.Operations = {NoFlag};
  Diagnostics Diags;
  mergeUnits({{"pets.cpp", A}, {"owners.cpp", B}, {"stores.cpp", C}}, Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "pets.h:10:1: route 'GET /pets' has different definitions in "
                "different translation units",
                "  pets.h:8:3: note: 'deprecated' is set in unit pets.cpp and "
                "absent in unit stores.cpp",
                "pets.h:10:1: route 'GET /pets' has different definitions in "
                "different translation units",
                "  pets.h:9:3: note: 'tags' is \"pets\" in unit pets.cpp and "
                "\"animals\" in unit owners.cpp"}));
}

// Two units each see a redeclaration the other does not: neither is the whole
// handler, so their fields must agree.
TEST(MergeTest, UnitsThatSeeDifferentRedeclarationsMustAgree) {
  const Location Header = loc("pets.h", 10);
  Operation One = op("get", "/pets", "listPets", Header);
  One.Summary = "One";
  One.From = from({Header, loc("one.cpp", 3)}, {{1, "summary", "One", 2}});
  Operation Two = op("get", "/pets", "listPets", Header);
  Two.Tags = {"two"};
  Two.From = from({Header, loc("two.cpp", 3)}, {{1, "tags", "two", 2}});
  ApiModel A, B;
  A.Operations = {One};
  B.Operations = {Two};
  Diagnostics Diags;
  mergeUnits({{"two.cpp", B}, {"one.cpp", A}}, Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "pets.h:10:1: route 'GET /pets' has different definitions in "
                "different translation units",
                "  pets.h:10:1: note: 'Summary' is \"One\" in unit one.cpp and "
                "\"\" in unit two.cpp"}));
}

// The NLOHMANN_JSON_SERIALIZE_ENUM in one .cpp file: the unit that sees it
// sees more of the enum, and its wire values win over the enumerator names.
TEST(MergeTest, EnumMappingSeenByOneUnitWins) {
  const Location Enum = loc("status.h", 3), Mapping = loc("status.cpp", 7);
  Model Names = model("Status", R"({"enum":["Available"],"type":"string"})", Enum);
  Names.From = from({Enum}, {});
  Model Mapped = model("Status", R"({"enum":["available"],"type":"string"})", Enum);
  Mapped.From = from({Enum, Mapping}, {});
  ApiModel A, B;
  A.Models = {Names};
  B.Models = {Mapped};
  for (bool MappingFirst : {true, false}) {
    std::vector<UnitModel> Units = {{"owners.cpp", A}, {"status.cpp", B}};
    if (MappingFirst)
      std::swap(Units[0], Units[1]);
    Diagnostics Diags;
    ApiModel Merged = mergeUnits(Units, Diags);
    EXPECT_TRUE(Diags.empty()) << ::testing::PrintToString(render(Diags));
    ASSERT_EQ(Merged.Models.size(), 1u);
    EXPECT_EQ(Merged.Models[0].Body["enum"][0], "available");
  }
}

TEST(MergeTest, AuthorizerAndApiDifferencesNameTheKey) {
  const Location Auth = loc("auth.h", 6, 22), Api = loc("api.h", 4, 22);
  Authorizer Short = authorizer("partner", "partner", Auth);
  Short.TtlSeconds = 60;
  Short.From = from({Auth}, {{0, "ttl", "60", 8}});
  Authorizer Long = Short;
  Long.TtlSeconds = 300;
  Long.From = from({Auth}, {{0, "ttl", "300", 8}});
  ApiSettings One = api("Pets", Api);
  One.Version = "1.0.0";
  One.From = from({Api}, {{0, "version", "1.0.0", 5}});
  ApiSettings Two = One;
  Two.Version = "2.0.0";
  Two.From = from({Api}, {{0, "version", "2.0.0", 5}});
  ApiModel A, B;
  A.Authorizers = {Long};
  A.Apis = {One};
  B.Authorizers = {Short};
  B.Apis = {Two};
  Diagnostics Diags;
  mergeUnits({{"b.cpp", B}, {"a.cpp", A}}, Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "api.h:4:22: the 'api' declaration has different definitions "
                "in different translation units",
                "  api.h:5:3: note: 'version' is \"1.0.0\" in unit a.cpp and "
                "\"2.0.0\" in unit b.cpp",
                "auth.h:6:22: authorizer 'partner' has different definitions "
                "in different translation units",
                "  auth.h:8:3: note: 'ttl' is \"300\" in unit a.cpp and "
                "\"60\" in unit b.cpp"}));
}

TEST(MergeTest, ModelsWithOneIdMustAgree) {
  ApiModel A, B, C;
  A.Models = {model(
      "Pet", R"({"type":"object","properties":{"id":{"type":"integer"}}})",
      loc("a.cpp", 5, 8))};
  B.Models = {
      model("Pet", R"({"type":"object","properties":{"id":{"type":"string"}}})",
            loc("b.cpp", 2, 8))};
  // Same body as B's, reached through another spelling of the path: the
  // same model. In location order it comes first, so A's is "the later one".
  C.Models = {
      model("Pet", R"({"type":"object","properties":{"id":{"type":"string"}}})",
            loc("./b.cpp", 2, 8))};
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({A, B, C}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "a.cpp:5:8: model 'Pet' has different definitions in different "
                "translation units",
                "  ./b.cpp:2:8: note: previous definition is here",
                "  a.cpp:5:8: note: 'Body/properties/id/type' is \"string\" in "
                "unit 3.cpp and \"integer\" in unit 1.cpp"}));
  ASSERT_EQ(Merged.Models.size(), 1u);
  EXPECT_EQ(Merged.Models.front().Loc, loc("./b.cpp", 2, 8));
}

TEST(MergeTest, EqualModelsMergeSilently) {
  ApiModel A, B;
  A.Models = {model("Pet", R"({"type":"object"})", loc("a.cpp", 5))};
  B.Models = {model("Pet", R"({"type":"object"})", loc("b.cpp", 5))};
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({B, A}), Diags);
  EXPECT_TRUE(Diags.empty());
  ASSERT_EQ(Merged.Models.size(), 1u);
  EXPECT_EQ(Merged.Models.front().Loc, loc("a.cpp", 5));
}

TEST(MergeTest, AuthorizerIdsAndSchemeNamesAreUnique) {
  ApiModel A, B;
  A.Authorizers = {authorizer("bearer", "bearer", loc("a.cpp", 1)),
                   authorizer("users", "Cognito", loc("a.cpp", 2))};
  B.Authorizers = {authorizer("bearer", "bearer", loc("b.cpp", 1)),
                   authorizer("admins", "Cognito", loc("b.cpp", 2))};
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({A, B}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "b.cpp:1:1: duplicate authorizer 'bearer'",
                "  a.cpp:1:1: note: previous definition is here",
                "b.cpp:2:1: duplicate authorizer_name 'Cognito' (authorizer "
                "'admins')",
                "  a.cpp:2:1: note: previous definition is here"}));
  ASSERT_EQ(Merged.Authorizers.size(), 2u);
  EXPECT_EQ(Merged.Authorizers[0].Id, "bearer");
  EXPECT_EQ(Merged.Authorizers[1].Id, "users");
}

TEST(MergeTest, OnlyOneApiDeclaration) {
  ApiModel A, B;
  A.Apis = {api("One", loc("one.cpp", 4))};
  B.Apis = {api("Two", loc("two.cpp", 4)), api("One", loc("one.cpp", 4))};
  Diagnostics Diags;
  ApiModel Merged = mergeUnits(units({B, A}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "two.cpp:4:1: more than one 'api' declaration in the program",
                "  one.cpp:4:1: note: previous definition is here"}));
  ASSERT_EQ(Merged.Apis.size(), 1u);
  EXPECT_EQ(Merged.Apis.front().Title, "One");
}

TEST(MergeTest, UnknownAuthorizerInSecurity) {
  ApiModel A, B;
  A.Authorizers = {authorizer("bearer_auth", "bearer", loc("auth.h", 1)),
                   authorizer("cognito", "cognito", loc("auth.h", 2))};
  Operation Op = op("get", "/pets", "pets", loc("a.cpp", 10));
  Op.Security = std::vector<SecurityRequirement>{
      requirement("bearer_aut", loc("a.cpp", 9, 30)),
      requirement("cognito", loc("a.cpp", 9, 60))};
  Operation Far = op("get", "/far", "far", loc("a.cpp", 20));
  Far.Security = std::vector<SecurityRequirement>{
      requirement("zzz", loc("a.cpp", 19, 30))};
  B.Operations = {Op, Far};
  ApiSettings Settings = api("Pets", loc("api.cpp", 3));
  Settings.Security = std::vector<SecurityRequirement>{
      requirement("cognitoo", loc("api.cpp", 2, 40))};
  B.Apis = {Settings};
  Diagnostics Diags;
  mergeUnits(units({A, B}), Diags);
  EXPECT_EQ(render(Diags),
            (std::vector<std::string>{
                "a.cpp:9:30: unknown authorizer 'bearer_aut' in security=; did "
                "you mean "
                "'bearer_auth'?",
                "  :0:0: note: the program's authorizers are 'bearer_auth', 'cognito'",
                "a.cpp:19:30: unknown authorizer 'zzz' in security=",
                "  :0:0: note: the program's authorizers are 'bearer_auth', 'cognito'",
                "api.cpp:2:40: unknown authorizer 'cognitoo' in security=; did "
                "you mean "
                "'cognito'?",
                "  :0:0: note: the program's authorizers are 'bearer_auth', 'cognito'"}));
}

TEST(MergeTest, SecurityNoneNeedsNoAuthorizer) {
  ApiModel A;
  Operation Op = op("get", "/health", "health", loc("a.cpp", 1));
  Op.Security = std::vector<SecurityRequirement>{};
  A.Operations = {Op};
  Diagnostics Diags;
  mergeUnits(units({A}), Diags);
  EXPECT_TRUE(Diags.empty());
}

TEST(MergeTest, AppendsToExistingDiagnostics) {
  Diagnostics Diags(1);
  Diags.front().Message = "from the scan";
  ApiModel A;
  A.Operations = {op("get", "/a", "x", loc("a.cpp", 1)),
                  op("get", "/b", "x", loc("a.cpp", 2))};
  mergeUnits(units({A}), Diags);
  ASSERT_EQ(Diags.size(), 2u);
  EXPECT_EQ(Diags[0].Message, "from the scan");
  EXPECT_EQ(Diags[1].Message, "duplicate operationId 'x'");
}

TEST(MergeTest, DeterministicWhateverTheUnitOrder) {
  // A little of everything: shared headers, conflicts of each kind, unknown
  // authorizers. Every order of the units must give the same model and the
  // same diagnostics.
  ApiModel A, B, C, D;
  A.Operations = {op("get", "/pets", "listPets", loc("pets.h", 10)),
                  op("post", "/pets", "createPet", loc("a.cpp", 3))};
  B.Operations = {op("get", "/pets", "listPets", loc("pets.h", 10)),
                  op("post", "/pets", "addPet", loc("b.cpp", 3)),
                  op("get", "/owners", "createPet", loc("b.cpp", 9))};
  Operation Secured = op("delete", "/pets/{id}", "deletePet", loc("c.cpp", 5));
  Secured.Security =
      std::vector<SecurityRequirement>{requirement("bearr", loc("c.cpp", 4))};
  C.Operations = {Secured};
  Operation Variant = op("get", "/pets", "listPets", loc("pets.h", 10));
  Variant.Tags = {"other"};
  D.Operations = {Variant};
  A.Models = {model("Pet", R"({"type":"object"})", loc("pets.h", 1))};
  B.Models = {model("Pet", R"({"type":"string"})", loc("pets2.h", 1))};
  C.Models = {model("Owner", R"({"type":"object"})", loc("owner.h", 1)),
              model("Pet", R"({"type":"object"})", loc("pets.h", 1))};
  A.Authorizers = {authorizer("bearer", "Bearer", loc("auth.h", 1))};
  C.Authorizers = {authorizer("bearer", "Bearer", loc("auth2.h", 1)),
                   authorizer("cognito", "Bearer", loc("auth3.h", 1))};
  B.Apis = {api("Pets", loc("api.h", 1))};
  D.Apis = {api("Other", loc("api2.h", 1)), api("Pets", loc("api.h", 1))};
  // A handler split between its header and b.cpp, which alone sees both.
  Operation Part = op("get", "/stores", "listStores", loc("stores.h", 2));
  Part.From = from({loc("stores.h", 2)}, {});
  Operation Whole = Part;
  Whole.Tags = {"stores"};
  Whole.From = from({loc("stores.h", 2), loc("b.cpp", 20)},
                    {{1, "tags", "stores", 19}});
  A.Operations.push_back(Part);
  B.Operations.push_back(Whole);
  D.Operations.push_back(Part);

  std::vector<UnitModel> Units = {
      {"a.cpp", A}, {"b.cpp", B}, {"c.cpp", C}, {"d.cpp", D}};
  std::vector<int> Order = {0, 1, 2, 3};
  std::optional<std::vector<std::string>> FirstDiags;
  std::optional<std::vector<std::vector<std::string>>> FirstModel;
  do {
    std::vector<UnitModel> Shuffled;
    for (int I : Order)
      Shuffled.push_back(Units[I]);
    Diagnostics Diags;
    ApiModel Merged = mergeUnits(Shuffled, Diags);
    auto Stores = std::find_if(
        Merged.Operations.begin(), Merged.Operations.end(),
        [](const Operation &Op) { return Op.Path == "/stores"; });
    ASSERT_NE(Stores, Merged.Operations.end());
    EXPECT_EQ(Stores->Tags, std::vector<std::string>{"stores"});
    std::vector<std::vector<std::string>> Model = {
        prints(Merged.Operations), prints(Merged.Models),
        prints(Merged.Authorizers), prints(Merged.Apis)};
    if (!FirstDiags) {
      FirstDiags = render(Diags);
      FirstModel = Model;
      continue;
    }
    EXPECT_EQ(render(Diags), *FirstDiags);
    EXPECT_EQ(Model, *FirstModel);
  } while (std::next_permutation(Order.begin(), Order.end()));

  EXPECT_EQ(*FirstDiags,
            (std::vector<std::string>{
                "api2.h:1:1: more than one 'api' declaration in the program",
                "  api.h:1:1: note: previous definition is here",
                "auth2.h:1:1: duplicate authorizer 'bearer'",
                "  auth.h:1:1: note: previous definition is here",
                "auth3.h:1:1: duplicate authorizer_name 'Bearer' (authorizer "
                "'cognito')",
                "  auth.h:1:1: note: previous definition is here",
                "b.cpp:3:1: duplicate route 'POST /pets'",
                "  a.cpp:3:1: note: previous definition is here",
                "b.cpp:9:1: duplicate operationId 'createPet'",
                "  a.cpp:3:1: note: previous definition is here",
                "c.cpp:4:1: unknown authorizer 'bearr' in security=; did you "
                "mean 'bearer'?",
                "  :0:0: note: the program's authorizers are 'bearer', 'cognito'",
                "pets.h:10:1: route 'GET /pets' has different definitions in "
                "different "
                "translation units",
                "  pets.h:10:1: note: 'Tags/0' is \"other\" in unit d.cpp and "
                "absent in unit a.cpp",
                "pets2.h:1:1: model 'Pet' has different definitions in "
                "different translation units",
                "  pets.h:1:1: note: previous definition is here",
                "  pets2.h:1:1: note: 'Body/type' is \"object\" in unit a.cpp "
                "and \"string\" in unit b.cpp"}));
}
