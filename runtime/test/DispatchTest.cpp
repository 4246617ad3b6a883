// The entry points over the pet router generated from pet_handlers.hpp (pet_routes.cpp in the build tree).
#include <apigw/codec.hpp>
#include <apigw/http_error.hpp>
#include <apigw/router.hpp>
#include <gtest/gtest.h>

#include "TestEvents.hpp"

namespace {

using nlohmann::json;

json body_of(const json& response) { return json::parse(response["body"].get<std::string>()); }

TEST(Dispatch, CallsTheHandlerOfTheResourceAndMethod) {
  json response = apigw::dispatch(apigw_test::read_event("get_pet.json"));
  EXPECT_EQ(response["statusCode"], 200);
  EXPECT_EQ(response["headers"]["Content-Type"], "application/json");
  EXPECT_EQ(response["isBase64Encoded"], false);
  EXPECT_EQ(body_of(response),
            json::parse(R"({"id":42,"name":"Rex","tag":"dog","status":"available","added":"2024-05-01T12:00:00Z"})"));
}

TEST(Dispatch, UnknownResourceIsApiGatewaysMissingAuthenticationToken) {
  json response = apigw::dispatch(apigw_test::make_event("GET", "/nowhere", "/nowhere"));
  EXPECT_EQ(response["statusCode"], 403);
  EXPECT_EQ(body_of(response), json({{"message", "Missing Authentication Token"}}));
}

TEST(Dispatch, WrongMethodIs405WithAllow) {
  json response = apigw::dispatch(apigw_test::make_event("PUT", "/pets/{pet_id}", "/pets/1"));
  EXPECT_EQ(response["statusCode"], 405);
  EXPECT_EQ(response["headers"]["Allow"], "DELETE,GET");
  EXPECT_EQ(body_of(response), json({{"message", "Method Not Allowed"}}));
}

TEST(Dispatch, AnyMatchesEveryMethod) {
  for (const char* method : {"GET", "POST", "PATCH", "DELETE", "HEAD"}) {
    json response = apigw::dispatch(apigw_test::make_event(method, "/echo", "/echo"));
    EXPECT_EQ(response["statusCode"], 200) << method;
    EXPECT_EQ(response["body"], std::string(method) + " /echo stage=test ip=") << method;
  }
}

TEST(Dispatch, GreedyResourceGetsTheRestOfThePath) {
  json response = apigw::dispatch(apigw_test::read_event("get_file.json"));
  EXPECT_EQ(response["statusCode"], 200);
  EXPECT_EQ(response["isBase64Encoded"], true);
  EXPECT_EQ(response["headers"]["Content-Type"], "image/png");
  EXPECT_EQ(apigw::base64_decode(response["body"].get<std::string>()), std::string("\x89PNG\r\n\x1a\n\0\xff", 10));
}

TEST(Dispatch, HttpErrorGivesItsStatusAndMessage) {
  json event = apigw_test::read_event("get_pet.json");
  event["pathParameters"]["pet_id"] = "7";
  json response = apigw::dispatch(event);
  EXPECT_EQ(response["statusCode"], 404);
  EXPECT_EQ(body_of(response), json({{"message", "No pet 7"}}));
}

TEST(Dispatch, OtherExceptionsAre500AndLeakNothingButAreLogged) {
  testing::internal::CaptureStderr();
  json response = apigw::dispatch(apigw_test::read_event("crash.json"));
  std::string log = testing::internal::GetCapturedStderr();
  EXPECT_EQ(response["statusCode"], 500);
  EXPECT_EQ(body_of(response), json({{"message", "Internal server error"}}));
  EXPECT_EQ(response.dump().find("hunter2"), std::string::npos);
  EXPECT_NE(log.find("req-crash-1"), std::string::npos) << log;
  EXPECT_NE(log.find("hunter2"), std::string::npos) << log;
}

TEST(Dispatch, ExceptionsNotFromStdAreCaughtToo) {
  apigw::RouteTable table;
  table.add("GET", "/x", [](const apigw::ProxyRequest&) -> apigw::ProxyResponse { throw 42; });
  testing::internal::CaptureStderr();
  json response = apigw::dispatch(table, apigw_test::make_event("GET", "/x", "/x"));
  testing::internal::GetCapturedStderr();
  EXPECT_EQ(response["statusCode"], 500);
}

TEST(Dispatch, ValidationFailuresAre400WithFieldList) {
  json response = apigw::dispatch(apigw_test::read_event("create_pet_invalid.json"));
  EXPECT_EQ(response["statusCode"], 400);
  EXPECT_EQ(body_of(response), json::parse(R"({
    "message": "2 validation errors detected",
    "fieldList": [
      {"path": "/body/name", "message": "must match the pattern '^[A-Za-z ]+$'"},
      {"path": "/body/status", "message": "must be one of 'available', 'pending', 'sold'"}
    ]})"));
}

TEST(Dispatch, HandlerChoosesStatusAndHeaders) {
  json event = apigw_test::read_event("create_pet_invalid.json");
  event["body"] = R"({"name": "Tom", "status": "pending"})";
  json response = apigw::dispatch(event);
  EXPECT_EQ(response["statusCode"], 201);
  EXPECT_EQ(response["headers"]["Location"], "/pets/7");
  EXPECT_EQ(body_of(response)["status"], "pending");
}

TEST(Dispatch, VoidHandlerAnswers204AndReadsTheContext) {
  json event = apigw_test::make_event("DELETE", "/pets/{pet_id}", "/pets/42");
  event["pathParameters"] = {{"pet_id", "42"}};
  EXPECT_EQ(apigw::dispatch(event)["statusCode"], 403);
  event["requestContext"]["authorizer"] = {{"claims", {{"scope", "pets/admin"}}}};
  json response = apigw::dispatch(event);
  EXPECT_EQ(response["statusCode"], 204);
  EXPECT_EQ(response["body"], "");
}

TEST(Dispatch, MockAndOtherIntegrations) {
  json health = apigw::dispatch(apigw_test::make_event("GET", "/health", "/health"));
  EXPECT_EQ(health["statusCode"], 200);
  EXPECT_EQ(body_of(health), json({{"status", "ok"}}));
  json reports = apigw::dispatch(apigw_test::make_event("GET", "/reports", "/reports"));
  EXPECT_EQ(reports["statusCode"], 501);
  EXPECT_EQ(body_of(reports),
            json({{"message", "GET /reports is served by the s3 integration, not by this function"}}));
}

TEST(Dispatch, CorsOriginOnEveryResponseAndPreflight) {
  for (const char* resource : {"/pets/{pet_id}", "/nowhere", "/crash"}) {
    testing::internal::CaptureStderr();
    json response = apigw::dispatch(apigw_test::make_event("GET", resource, "/x"));
    testing::internal::GetCapturedStderr();
    EXPECT_EQ(response["headers"]["Access-Control-Allow-Origin"], "https://app.example.com") << resource;
  }
  json preflight = apigw::dispatch(apigw_test::make_event("OPTIONS", "/pets/{pet_id}", "/pets/1"));
  EXPECT_EQ(preflight["statusCode"], 200);
  EXPECT_EQ(preflight["headers"]["Access-Control-Allow-Methods"], "DELETE,GET,OPTIONS");
  EXPECT_EQ(preflight["headers"]["Access-Control-Allow-Headers"],
            "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token");
}

TEST(Dispatch, NoPreflightWithoutCors) {
  apigw::RouteTable table;
  table.add("GET", "/a", [](const apigw::ProxyRequest&) { return apigw::ProxyResponse{}; });
  json response = apigw::dispatch(table, apigw_test::make_event("OPTIONS", "/a", "/a"));
  EXPECT_EQ(response["statusCode"], 405);
  EXPECT_FALSE(response["headers"].contains("Access-Control-Allow-Origin"));
}

TEST(Dispatch, MalformedEventIs400) {
  json event = apigw_test::make_event("GET", "/a", "/a");
  event["resource"] = 3;
  json response = apigw::dispatch(event);
  EXPECT_EQ(response["statusCode"], 400);
  EXPECT_EQ(body_of(response), json({{"message", "Malformed proxy event: resource must be a string"}}));
}

TEST(Handle, TextInTextOut) {
  std::string answer = apigw::handle(apigw_test::read_event("get_pet.json").dump());
  EXPECT_EQ(json::parse(answer)["statusCode"], 200);
  json not_json = json::parse(apigw::handle("{not json"));
  EXPECT_EQ(not_json["statusCode"], 400);
  EXPECT_EQ(body_of(not_json), json({{"message", "Malformed proxy event: not JSON"}}));
}

TEST(Handle, InvalidUtf8FromAHandlerIsReplacedNotThrown) {
  apigw::RouteTable table;
  table.add("GET", "/bytes", [](const apigw::ProxyRequest&) {
    apigw::ProxyResponse response;
    response.body = "\xff\xfe";
    return response;
  });
  table.add("GET", "/error", [](const apigw::ProxyRequest&) -> apigw::ProxyResponse {
    throw apigw::HttpError(409, "bad \xff byte");
  });
  json bytes = json::parse(apigw::handle(table, apigw_test::make_event("GET", "/bytes", "/bytes").dump()));
  EXPECT_EQ(bytes["body"], "\xEF\xBF\xBD\xEF\xBF\xBD");
  json error = json::parse(apigw::handle(table, apigw_test::make_event("GET", "/error", "/error").dump()));
  EXPECT_EQ(error["statusCode"], 409);
}

}  // namespace
