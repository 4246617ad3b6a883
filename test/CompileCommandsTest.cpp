//===- CompileCommandsTest.cpp - Reading compile commands -----------------===//
#include "scan/CompileCommands.h"

#include <gtest/gtest.h>

namespace apigw {
namespace {

using Args = std::vector<std::string>;

TEST(CompileCommandsTest, CFamilyByExtension) {
  EXPECT_TRUE(compilesCFamily({"c++", "-c", "a.cpp"}, "/p/a.cpp"));
  EXPECT_TRUE(compilesCFamily({"cc", "-c", "a.c"}, "/p/a.c"));
  EXPECT_TRUE(compilesCFamily({"nvcc", "-c", "k.cu"}, "/p/k.cu"));
  EXPECT_FALSE(compilesCFamily({"as", "start.s"}, "/p/start.s"));
  EXPECT_FALSE(compilesCFamily({"gcc", "-c", "boot.S"}, "/p/boot.S"));
  EXPECT_FALSE(compilesCFamily({"nasm", "legacy.asm"}, "/p/legacy.asm"));
  EXPECT_FALSE(compilesCFamily({"gfortran", "-c", "solver.f90"}, "/p/solver.f90"));
  EXPECT_FALSE(compilesCFamily({"gfortran", "-c", "old.f"}, "/p/old.f"));
}

TEST(CompileCommandsTest, CFamilyByLanguageFlag) {
  EXPECT_FALSE(compilesCFamily({"gcc", "-x", "assembler-with-cpp", "-c", "v.cpp"}, "/p/v.cpp"));
  EXPECT_FALSE(compilesCFamily({"gcc", "-xassembler", "-c", "v.cpp"}, "/p/v.cpp"));
  EXPECT_TRUE(compilesCFamily({"g++", "-x", "c++", "-c", "handlers.inc"}, "/p/handlers.inc"));
  // `-x none` restores the extension's say.
  EXPECT_TRUE(compilesCFamily({"g++", "-x", "assembler", "-x", "none", "-c", "a.cpp"}, "/p/a.cpp"));
}

TEST(CompileCommandsTest, WithoutTargetChoiceKeepsTheRest) {
  const Args Cross = {"aarch64-linux-gnu-g++", "--target=aarch64-linux-gnu",
                      "-march=armv8.2-a+crypto", "-mcpu=neoverse-n1", "-mtune=neoverse-n1",
                      "-target", "aarch64-linux-gnu", "-msse4.2", "-std=c++20", "-DX=1",
                      "-c", "a.cpp"};
  EXPECT_EQ(withoutTargetChoice(Cross),
            (Args{"aarch64-linux-gnu-g++", "-msse4.2", "-std=c++20", "-DX=1", "-c", "a.cpp"}));
  const Args Plain = {"c++", "-std=c++20", "-m64", "-c", "a.cpp"};
  EXPECT_EQ(withoutTargetChoice(Plain), Plain);
}

} // namespace
} // namespace apigw
