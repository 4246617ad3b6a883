//===- SourceLocationsTest.cpp - One spelling per file --------------------===//
#include "SourceLocations.h"

#include <gtest/gtest.h>

namespace apigw {
namespace {

class SourceLocationsTest : public ::testing::Test {
protected:
  void SetUp() override { FS->setCurrentWorkingDirectory("/work/build"); }
  llvm::IntrusiveRefCntPtr<llvm::vfs::InMemoryFileSystem> FS{new llvm::vfs::InMemoryFileSystem};
};

TEST_F(SourceLocationsTest, AbsolutePathKeepsDotDotForSymbolicLinks) {
  EXPECT_EQ(absolutePath(*FS, "./src/a.cpp"), "/work/build/src/a.cpp");
  EXPECT_EQ(absolutePath(*FS, "/lib/gcc/12/../../include/string"), "/lib/gcc/12/../../include/string");
}

TEST_F(SourceLocationsTest, LexicalPathIsOneSpellingOfAFile) {
  EXPECT_EQ(lexicalPath(*FS, "../include/x.hpp"), "/work/include/x.hpp");
  EXPECT_EQ(lexicalPath(*FS, "/work/build/./src/../src/a.cpp"), "/work/build/src/a.cpp");
}

TEST_F(SourceLocationsTest, DisplayPathIsRelativeUnderTheWorkingDirectory) {
  EXPECT_EQ(displayPath(*FS, "input.cpp"), "input.cpp");
  EXPECT_EQ(displayPath(*FS, "/work/build/include/models.hpp"), "include/models.hpp");
  EXPECT_EQ(displayPath(*FS, "../include/x.hpp"), "/work/include/x.hpp");
  // A whole directory prefix only.
  EXPECT_EQ(displayPath(*FS, "/work/build2/a.hpp"), "/work/build2/a.hpp");
}

} // namespace
} // namespace apigw
