//===- TemporaryProjectTest.h - Tests over a project on disk --------------===//
#pragma once

#include <gtest/gtest.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/raw_ostream.h>

#include <string>

namespace apigw {

/// A test whose project lives in a directory of its own under the system's
/// temporary one, removed after the test.
class TemporaryProjectTest : public ::testing::Test {
protected:
  explicit TemporaryProjectTest(std::string Prefix) : Prefix(std::move(Prefix)) {}

  void SetUp() override {
    llvm::SmallString<128> Created;
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory(Prefix, Created));
    // The scan names files with symbolic links resolved (SourceLocations.h).
    ASSERT_FALSE(llvm::sys::fs::real_path(Created, Root));
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Root); }

  /// Writes `Text` to `Relative`, creating its directories.
  void write(const std::string &Relative, const std::string &Text) {
    std::string Path = path(Relative);
    llvm::sys::fs::create_directories(llvm::StringRef(Path).rsplit('/').first);
    std::error_code EC;
    llvm::raw_fd_ostream(Path, EC) << Text;
    ASSERT_FALSE(EC);
  }
  std::string path(const std::string &Relative) const { return (Root + "/" + Relative).str(); }

  llvm::SmallString<128> Root;

private:
  std::string Prefix;
};

} // namespace apigw
