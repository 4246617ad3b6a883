// Events for the runtime's unit tests: the files in events/ and small ones built in place.
#pragma once

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace apigw_test {

inline nlohmann::json read_event(const std::string& name) {
  std::ifstream in(std::string(APIGW_RUNTIME_TEST_DIR) + "/events/" + name);
  return nlohmann::json::parse(in);
}

// A minimal REST proxy event: null maps, as API Gateway sends them when empty.
inline nlohmann::json make_event(const std::string& method, const std::string& resource, const std::string& path) {
  return {{"resource", resource},
          {"path", path},
          {"httpMethod", method},
          {"headers", nullptr},
          {"multiValueHeaders", nullptr},
          {"queryStringParameters", nullptr},
          {"multiValueQueryStringParameters", nullptr},
          {"pathParameters", nullptr},
          {"stageVariables", nullptr},
          {"requestContext", {{"requestId", "test-request"}, {"stage", "test"}}},
          {"body", nullptr},
          {"isBase64Encoded", false}};
}

}  // namespace apigw_test
