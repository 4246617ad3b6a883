#include <apigw/handler_call.hpp>
#include <gtest/gtest.h>

#include "TestEvents.hpp"

namespace {

using nlohmann::json;

apigw::ProxyRequest request_with(const json& changes) {
  json event = apigw_test::make_event("POST", "/r/{id}", "/r/1");
  if (changes.is_object()) event.update(changes);
  return event.get<apigw::ProxyRequest>();
}

const apigw::FromParameter id_in_path{{.in = apigw::ParameterIn::path, .name = "id", .presence = apigw::Presence::required}};
const apigw::FromParameter limit_in_query{
    {.in = apigw::ParameterIn::query, .name = "limit", .presence = apigw::Presence::optional, .default_json = "5"}};

std::string describe(int id, int limit) { return std::to_string(id) + "/" + std::to_string(limit); }

TEST(HandlerCall, ReadsEachArgumentFromItsSourceAndAnswersTheResult) {
  auto response = apigw::call_handler(request_with({{"pathParameters", {{"id", "7"}}}}), &describe,
                                      apigw::JsonAnswer{201}, id_in_path, limit_in_query);
  EXPECT_EQ(response.status_code, 201);
  EXPECT_EQ(response.body, "\"7/5\"");
  EXPECT_EQ(response.headers.at("Content-Type"), "application/json");
}

TEST(HandlerCall, AnswersEveryFailureInParameterOrderWithoutCallingTheHandler) {
  static int calls = 0;
  using Handler = void (*)(int, int);
  const Handler counting = [](int, int) { ++calls; };
  auto response = apigw::call_handler(request_with({{"queryStringParameters", {{"limit", "x"}}}}), counting,
                                      apigw::EmptyAnswer{204}, id_in_path, limit_in_query);
  EXPECT_EQ(calls, 0);
  EXPECT_EQ(response.status_code, 400);
  json body = json::parse(response.body);
  ASSERT_EQ(body["fieldList"].size(), 2u);
  EXPECT_EQ(body["fieldList"][0]["path"], "/path/id");
  EXPECT_EQ(body["fieldList"][1]["path"], "/query/limit");
}

void set_created(const apigw::RequestContext& context, apigw::Response& response) {
  response.set_status(201);
  response.set_header("Location", "/r/" + std::string(context.request_id()));
}

TEST(HandlerCall, ContextAndTheHandlersChoices) {
  auto response = apigw::call_handler(request_with({}), &set_created, apigw::EmptyAnswer{204}, apigw::FromContext{},
                                      apigw::FromResponse{});
  EXPECT_EQ(response.status_code, 201);
  EXPECT_EQ(response.headers.at("Location"), "/r/" + std::string(apigw::RequestContext(request_with({})).request_id()));
  EXPECT_TRUE(response.body.empty());
}

std::string bytes_back(const std::string& bytes) { return bytes; }

TEST(HandlerCall, TextAndBinaryAnswers) {
  auto request = request_with({{"body", "ab"}});
  auto text = apigw::call_handler(request, &bytes_back, apigw::TextAnswer{200, "text/plain"},
                                  apigw::FromBytesBody{apigw::Presence::required});
  EXPECT_EQ(text.body, "ab");
  EXPECT_EQ(text.headers.at("Content-Type"), "text/plain");
  EXPECT_FALSE(text.is_base64_encoded);
  auto binary = apigw::call_handler(request, &bytes_back, apigw::BinaryAnswer{200, "image/png"},
                                    apigw::FromBytesBody{apigw::Presence::required});
  EXPECT_EQ(binary.body, "YWI=");
  EXPECT_TRUE(binary.is_base64_encoded);
}

}  // namespace
