//===- GoldenDocuments.h - The fixtures' expected specs, for tests --------===//
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace apigw {

/// The names of the fixtures with a golden document (fixtures/*/expected.json).
inline std::vector<std::string> goldenDocuments() {
  namespace fs = std::filesystem;
  std::vector<std::string> Found;
  for (const fs::directory_entry &Dir :
       fs::directory_iterator(fs::path(APIGW_SOURCE_DIR) / "fixtures"))
    if (fs::exists(Dir.path() / "expected.json"))
      Found.push_back(Dir.path().filename().string());
  std::sort(Found.begin(), Found.end());
  return Found;
}

/// The text of fixture `Name`'s golden document.
inline std::string goldenDocument(const std::string &Name) {
  std::ifstream In(std::filesystem::path(APIGW_SOURCE_DIR) / "fixtures" / Name / "expected.json");
  std::stringstream Text;
  Text << In.rdbuf();
  return Text.str();
}

/// A parameterised test's name for a fixture: GoogleTest takes [A-Za-z0-9_].
inline std::string goldenTestName(const std::string &Fixture) {
  std::string Name;
  for (char C : Fixture)
    Name += std::isalnum(static_cast<unsigned char>(C)) ? C : '_';
  return Name;
}

} // namespace apigw
