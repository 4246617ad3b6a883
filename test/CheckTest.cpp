//===- CheckTest.cpp - --check and the outputs' writing -------------------===//
#include "driver/Check.h"
#include "driver/Outputs.h"
#include "driver/TemporaryFiles.h"

#include <gtest/gtest.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>
#include <chrono>
#include <unistd.h>

using namespace apigw;
using nlohmann::ordered_json;

namespace {

ordered_json doc(const char *Text) { return ordered_json::parse(Text); }

TEST(CheckTest, NamesOperationsSchemasAndTopLevelParts) {
  ordered_json Old = doc(R"({
    "openapi": "3.0.1", "info": {"title": "a", "version": "1"},
    "paths": {
      "/old": {"get": {"operationId": "old"}},
      "/pets": {"get": {"operationId": "list"}, "post": {"operationId": "create"},
                "x-amazon-apigateway-any-method": {"operationId": "any"}}
    },
    "components": {"schemas": {"Pet": {"type": "object"}, "Gone": {}},
                   "securitySchemes": {"users": {"type": "apiKey"}}}
  })");
  ordered_json New = doc(R"({
    "openapi": "3.0.1", "info": {"title": "b", "version": "1"},
    "paths": {
      "/orders": {"post": {"operationId": "order"}},
      "/pets": {"get": {"operationId": "listPets"}, "post": {"operationId": "create"}}
    },
    "components": {"schemas": {"Pet": {"type": "object", "required": ["id"]},
                               "Order": {}},
                   "securitySchemes": {"users": {"type": "apiKey"}}},
    "x-amazon-apigateway-gateway-responses": {}
  })");
  EXPECT_EQ(documentDifferences(Old, New),
            (std::vector<std::string>{
                "-GET /old", "+POST /orders", "~GET /pets", "-ANY /pets",
                "-schema Gone", "+schema Order", "~schema Pet", "~info",
                "+x-amazon-apigateway-gateway-responses"}));
  EXPECT_TRUE(documentDifferences(New, New).empty());
}

TEST(CheckTest, PathLevelChangesNameThePath) {
  EXPECT_EQ(documentDifferences(doc(R"({"paths": {"/a": {"get": {}}}})"),
                                doc(R"({"paths": {"/a": {"get": {}, "parameters": []}}})")),
            (std::vector<std::string>{"~path /a"}));
}

class TempDir : public ::testing::Test {
protected:
  void SetUp() override {
    llvm::SmallString<128> Dir;
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("apigw-check", Dir));
    Root = Dir.str().str();
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Root); }
  std::string path(const char *Name) const { return Root + "/" + Name; }
  void write(const std::string &Path, const std::string &Text) {
    std::error_code EC;
    llvm::raw_fd_ostream Out(Path, EC);
    ASSERT_FALSE(EC);
    Out << Text;
  }
  std::string read(const std::string &Path) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    return Buffer ? (*Buffer)->getBuffer().str() : "<missing>";
  }
  std::string Root;
};

using CheckFileTest = TempDir;

TEST_F(CheckFileTest, UpToDateMissingAndFormattingOnly) {
  ordered_json Doc = doc(R"({"openapi": "3.0.1", "paths": {}})");
  std::string Text = documentText(Doc, OutputFormat::Json);
  std::string File = path("openapi.json");
  EXPECT_EQ(checkOutput({File, Text, OutputFormat::Json}),
            File + " is stale: it does not exist");
  write(File, Text);
  EXPECT_EQ(checkOutput({File, Text, OutputFormat::Json}), std::nullopt);
  write(File, Doc.dump());
  EXPECT_EQ(checkOutput({File, Text, OutputFormat::Json}),
            File + " is stale: formatting only (same data)");
  write(File, "{ not json");
  EXPECT_EQ(checkOutput({File, Text, OutputFormat::Json}),
            File + " is stale: not valid JSON");
}

TEST_F(CheckFileTest, SummarisesAndShortens) {
  ordered_json Old = doc(R"({"paths": {}})");
  ordered_json New = doc(R"({"paths": {}})");
  for (int I = 0; I < 10; ++I)
    New["paths"]["/p" + std::to_string(I)]["get"] = ordered_json::object();
  std::string File = path("api.yaml");
  write(File, documentText(Old, OutputFormat::Yaml));
  EXPECT_EQ(checkOutput({File, documentText(New, OutputFormat::Yaml), OutputFormat::Yaml}),
            File + " is stale (10 changes): +GET /p0, +GET /p1, +GET /p2, +GET /p3, "
                   "+GET /p4, +GET /p5, +GET /p6, +GET /p7, and 2 more");
}

TEST_F(CheckFileTest, ComparesTerraformVariablesByName) {
  std::string File = path("vars.tf");
  write(File, "variable \"a\" {\n}\nvariable \"old\" {\n}\n");
  EXPECT_EQ(checkOutput({File, "variable \"a\" {\n}\nvariable \"b\" {\n}\n", std::nullopt}),
            File + " is stale (2 changes): +variable b, -variable old");
  EXPECT_EQ(checkOutput({File, "variable \"a\" {\n  x\n}\nvariable \"old\" {\n}\n",
                         std::nullopt}),
            File + " is stale: descriptions or formatting differ");
}

TEST(OutputsTest, FormatComesFromTheOptionOrTheExtension) {
  auto Format = [](const char *Path, const char *Option) {
    auto F = outputFormat(Path, Option);
    return F ? (*F == OutputFormat::Yaml ? "yaml" : "json")
             : (llvm::consumeError(F.takeError()), "error");
  };
  EXPECT_STREQ(Format("api.json", ""), "json");
  EXPECT_STREQ(Format("api.yaml", ""), "yaml");
  EXPECT_STREQ(Format("api.YML", ""), "yaml");
  EXPECT_STREQ(Format("-", ""), "json");
  EXPECT_STREQ(Format("api", ""), "json");
  EXPECT_STREQ(Format("api.json", "yaml"), "yaml");
  EXPECT_STREQ(Format("api.yaml", "json"), "json");
  EXPECT_STREQ(Format("api.json", "toml"), "error");
}

TEST(OutputsTest, DocumentTextReplacesBytesThatAreNotUtf8) {
  ordered_json Doc = {{"d", std::string("caf\xe9")}};
  EXPECT_EQ(documentText(Doc, OutputFormat::Json), "{\n  \"d\": \"caf\xef\xbf\xbd\"\n}\n");
  EXPECT_EQ(documentText(Doc, OutputFormat::Yaml), "d: caf\xef\xbf\xbd\n");
}

using WriteOutputsTest = TempDir;

TEST_F(WriteOutputsTest, WritesEveryFile) {
  ASSERT_FALSE(bool(writeOutputs({{path("a.json"), "A"}, {path("b.tf"), "B"}})));
  EXPECT_EQ(read(path("a.json")), "A");
  EXPECT_EQ(read(path("b.tf")), "B");
}

TEST_F(WriteOutputsTest, WritesNothingWhenOneCannotBeWritten) {
  write(path("a.json"), "old");
  llvm::Error E = writeOutputs(
      {{path("a.json"), "new"}, {path("no/such/dir/b.tf"), "B"}});
  ASSERT_TRUE(bool(E));
  EXPECT_NE(llvm::toString(std::move(E)).find("no/such/dir/b.tf"), std::string::npos);
  EXPECT_EQ(read(path("a.json")), "old");
  // No temporary is left behind.
  std::error_code EC;
  unsigned Entries = 0;
  for (llvm::sys::fs::directory_iterator It(Root, EC), End; It != End && !EC;
       It.increment(EC))
    ++Entries;
  EXPECT_EQ(Entries, 1u);
}

TEST_F(WriteOutputsTest, PutsBackWhatWasReplacedWhenALaterRenameFails) {
  write(path("a.json"), "old");
  ASSERT_FALSE(llvm::sys::fs::create_directory(path("dir")));
  // Renaming a file over a directory fails, after a.json and b.json are in place.
  llvm::Error E = writeOutputs(
      {{path("a.json"), "new"}, {path("b.json"), "B"}, {path("dir"), "D"}});
  ASSERT_TRUE(bool(E));
  EXPECT_NE(llvm::toString(std::move(E)).find("dir'"), std::string::npos);
  EXPECT_EQ(read(path("a.json")), "old");
  EXPECT_EQ(read(path("b.json")), "<missing>");
  std::error_code EC;
  std::vector<std::string> Entries;
  for (llvm::sys::fs::directory_iterator It(Root, EC), End; It != End && !EC;
       It.increment(EC))
    Entries.push_back(llvm::sys::path::filename(It->path()).str());
  std::sort(Entries.begin(), Entries.end());
  EXPECT_EQ(Entries, (std::vector<std::string>{"a.json", "dir"}));
}

TEST(TemporaryFilesTest, StaleMeansOursDeadAndOlderThanTheRun) {
  auto Now = std::chrono::system_clock::now();
  auto Before = Now - std::chrono::hours(1);
  // Process ids above the kernel's maximum (4194304) are never running.
  EXPECT_TRUE(isStaleTemporary(".apigw-99999999-abcd1234.tmp", Before, Now));
  EXPECT_TRUE(isStaleTemporary(".apigw-99999999-abcd1234.bak", Before, Now));
  EXPECT_FALSE(isStaleTemporary(".apigw-99999999-abcd1234.tmp", Now, Now));
  EXPECT_FALSE(isStaleTemporary(
      (".apigw-" + std::to_string(::getpid()) + "-abcd1234.tmp").c_str(), Before, Now));
  EXPECT_FALSE(isStaleTemporary(".apigw-1-abcd1234.tmp", Before, Now)); // init runs
  for (const char *NotOurs : {".apigw-99999999-abc.tmp", ".apigw-99999999-abcd1234.json",
                              "apigw-99999999-abcd1234.tmp", ".apigw-x-abcd1234.tmp",
                              ".apigw--abcd1234.tmp", ".apigw-99999999-abcd-234.tmp",
                              "api.json.tmp-abcdef"})
    EXPECT_FALSE(isStaleTemporary(NotOurs, Before, Now)) << NotOurs;
}

TEST_F(WriteOutputsTest, WritesIntoSpecialFiles) {
  ASSERT_FALSE(bool(writeOutputs({{"/dev/null", "ignored"}, {path("a.json"), "A"}})));
  EXPECT_EQ(read(path("a.json")), "A");
}

} // namespace
