//===- PreambleCacheTest.cpp - Precompiled preambles, built and reused ----===//
#include "scan/PreambleCache.h"
#include "TemporaryProjectTest.h"

#include <clang/Basic/FileManager.h>
#include <gtest/gtest.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Process.h>
#include <llvm/Support/raw_ostream.h>

#include <chrono>
#include <thread>

namespace apigw {
namespace {

/// A project in a temporary directory: include/tiny.hpp and units under src/.
class PreambleCacheTest : public TemporaryProjectTest {
protected:
  PreambleCacheTest() : TemporaryProjectTest("apigw-preamble-test") {}

  void SetUp() override {
    TemporaryProjectTest::SetUp();
    write("include/tiny.hpp", "#pragma once\nstruct Tiny { int n; };\n");
    write("src/a.cpp", "#include \"tiny.hpp\"\nTiny a();\n");
    write("src/b.cpp", "#include \"tiny.hpp\"\nTiny b();\n");
    write("src/none.cpp", "int none();\n");
  }

  std::vector<std::string> command(const std::string &Source,
                                   std::vector<std::string> Extra = {}) const {
    std::vector<std::string> Args = {"clang++", "-fsyntax-only", "-std=c++20",
                                     "-I" + path("include"),
                                     "-resource-dir=" APIGW_CLANG_RESOURCE_DIR};
    Args.insert(Args.end(), Extra.begin(), Extra.end());
    Args.push_back(path(Source));
    return Args;
  }

  std::shared_ptr<const SharedPreamble> find(PreambleCache &Cache, const std::string &Source,
                                             std::vector<std::string> Extra = {}) {
    // Reference-counted: the compiler instance keeps a reference.
    llvm::IntrusiveRefCntPtr<clang::FileManager> Files(
        new clang::FileManager(clang::FileSystemOptions()));
    return Cache.find(command(Source, std::move(Extra)), path(Source), *Files);
  }
};

TEST_F(PreambleCacheTest, PersistentCacheBuildsOnFirstNeedAndSharesTheEntry) {
  auto Cache = PreambleCache::persistent(path("cache"));
  auto A = find(*Cache, "src/a.cpp");
  ASSERT_TRUE(A);
  EXPECT_TRUE(llvm::sys::fs::exists(A->PchFile));
  EXPECT_EQ(A->Size, std::string("#include \"tiny.hpp\"\n").size());
  EXPECT_FALSE(A->Facts.DeclaresAnnotated);
  auto B = find(*Cache, "src/b.cpp");
  ASSERT_TRUE(B);
  EXPECT_EQ(A->PchFile, B->PchFile); // same preamble, flags and directory
}

TEST_F(PreambleCacheTest, ALaterRunReadsTheEntryAndAChangedHeaderRebuildsIt) {
  std::string Pch = find(*PreambleCache::persistent(path("cache")), "src/a.cpp")->PchFile;
  llvm::sys::fs::file_status Built;
  ASSERT_FALSE(llvm::sys::fs::status(Pch, Built));

  auto Reused = find(*PreambleCache::persistent(path("cache")), "src/a.cpp");
  ASSERT_TRUE(Reused);
  llvm::sys::fs::file_status Now;
  ASSERT_FALSE(llvm::sys::fs::status(Pch, Now));
  EXPECT_EQ(Now.getLastModificationTime(), Built.getLastModificationTime());

  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  write("include/tiny.hpp", "#pragma once\nstruct Tiny { int n, m; };\n");
  ASSERT_TRUE(find(*PreambleCache::persistent(path("cache")), "src/a.cpp"));
  ASSERT_FALSE(llvm::sys::fs::status(Pch, Now));
  EXPECT_NE(Now.getLastModificationTime(), Built.getLastModificationTime());
}

TEST_F(PreambleCacheTest, TemporaryCacheBuildsOnlyForASecondUnitAndIsRemoved) {
  std::string Directory;
  {
    auto Cache = PreambleCache::temporary();
    Directory = Cache->directory();
    EXPECT_FALSE(find(*Cache, "src/a.cpp")); // one unit: parsing it whole is cheaper
    EXPECT_TRUE(find(*Cache, "src/b.cpp"));
  }
  EXPECT_FALSE(llvm::sys::fs::exists(Directory));
}

TEST_F(PreambleCacheTest, NoPreambleWhereNoneCanBeShared) {
  auto Cache = PreambleCache::persistent(path("cache"));
  EXPECT_FALSE(find(*Cache, "src/none.cpp")); // no #include lines
  EXPECT_FALSE(find(*Cache, "src/a.cpp", {"-x", "c++"}));
  EXPECT_FALSE(find(*Cache, "src/a.cpp", {"-include-pch", "other.pch"}));
  write("src/broken.cpp", "#include \"missing.hpp\"\nint broken();\n");
  EXPECT_FALSE(find(*Cache, "src/broken.cpp")); // does not compile alone
}

TEST_F(PreambleCacheTest, RecordsAnnotatedDeclarationsOfThePreamble) {
  write("include/handlers.hpp",
        "#pragma once\n[[clang::annotate(\"get=/x\")]] int handler();\n");
  write("src/h.cpp", "#include \"handlers.hpp\"\nint other();\n");
  auto Preamble = find(*PreambleCache::persistent(path("cache")), "src/h.cpp");
  ASSERT_TRUE(Preamble);
  EXPECT_TRUE(Preamble->Facts.DeclaresAnnotated);
}

/// Sets a file's modification time `Age` ago.
void age(const std::string &File, std::chrono::hours Age) {
  int FD = -1;
  ASSERT_FALSE(llvm::sys::fs::openFileForWrite(File, FD, llvm::sys::fs::CD_OpenExisting,
                                               llvm::sys::fs::OF_Append));
  ASSERT_FALSE(llvm::sys::fs::setLastAccessAndModificationTime(
      FD, std::chrono::system_clock::now() - Age));
  llvm::sys::Process::SafelyCloseFileDescriptor(FD);
}

TEST_F(PreambleCacheTest, BuildingAnEntryRemovesEntriesUnusedForAWeek) {
  const std::chrono::hours EightDays(24 * 8);
  for (const char *File : {"old.h", "old.pch", "old.json", "orphan.pch", "used.pch", "used.json"}) {
    write(std::string("cache/") + File, "x");
    age(path(std::string("cache/") + File), EightDays);
  }
  age(path("cache/used.json"), std::chrono::hours(1)); // used an hour ago
  ASSERT_TRUE(find(*PreambleCache::persistent(path("cache")), "src/a.cpp"));
  for (const char *File : {"old.h", "old.pch", "old.json", "orphan.pch"})
    EXPECT_FALSE(llvm::sys::fs::exists(path(std::string("cache/") + File))) << File;
  for (const char *File : {"used.pch", "used.json"})
    EXPECT_TRUE(llvm::sys::fs::exists(path(std::string("cache/") + File))) << File;
}

TEST_F(PreambleCacheTest, UsingAnEntryKeepsItYoung) {
  std::string Pch = find(*PreambleCache::persistent(path("cache")), "src/a.cpp")->PchFile;
  std::string Facts = Pch.substr(0, Pch.size() - 4) + ".json";
  age(Facts, std::chrono::hours(24 * 8));
  ASSERT_TRUE(find(*PreambleCache::persistent(path("cache")), "src/a.cpp"));
  llvm::sys::fs::file_status Status;
  ASSERT_FALSE(llvm::sys::fs::status(Facts, Status));
  EXPECT_GT(Status.getLastModificationTime(),
            std::chrono::system_clock::now() - std::chrono::hours(1));
}

} // namespace
} // namespace apigw
