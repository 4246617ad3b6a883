//===- ExpectJson.h - Comparing emitted JSON with raw-string expectations -===//
#pragma once

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace apigw::test {

/// Compares the pretty-printed texts, so key order counts (the document is
/// written in a deliberate order) and a failure shows a readable diff.
inline void expectJson(const nlohmann::ordered_json &Actual,
                       const nlohmann::ordered_json &Expected) {
  EXPECT_EQ(Actual.dump(2), Expected.dump(2));
}

inline void expectJson(const nlohmann::ordered_json &Actual,
                       const char *Expected) {
  expectJson(Actual, nlohmann::ordered_json::parse(Expected));
}

} // namespace apigw::test
