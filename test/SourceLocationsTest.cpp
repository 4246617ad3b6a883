//===- SourceLocationsTest.cpp - One spelling per file --------------------===//
#include "map/SourceLocations.h"

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

} // namespace
} // namespace apigw
