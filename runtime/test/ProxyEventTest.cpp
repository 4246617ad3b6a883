#include <apigw/context.hpp>
#include <apigw/proxy_event.hpp>
#include <gtest/gtest.h>

#include "TestEvents.hpp"

namespace {

using apigw::ProxyRequest;
using apigw::ProxyResponse;
using nlohmann::json;

TEST(ProxyEvent, ReadsAwsDocumentedSample) {
  auto request = apigw_test::read_event("aws_sample.json").get<ProxyRequest>();
  EXPECT_EQ(request.resource, "/my/path");
  EXPECT_EQ(request.path, "/my/path");
  EXPECT_EQ(request.http_method, "GET");
  EXPECT_EQ(request.headers.at("header2"), "value2");
  EXPECT_EQ(request.multi_value_headers.at("header2"), (std::vector<std::string>{"value1", "value2"}));
  EXPECT_EQ(request.query_string_parameters.at("parameter1"), "value2");
  EXPECT_EQ(apigw::query_parameter_values(request, "parameter1"), (std::vector<std::string>{"value1", "value2"}));
  EXPECT_TRUE(request.path_parameters.empty());
  EXPECT_TRUE(request.stage_variables.empty());
  EXPECT_EQ(request.body, "Hello from Lambda!");
  EXPECT_FALSE(request.is_base64_encoded);

  apigw::RequestContext context(request);
  EXPECT_EQ(context.request_id(), "id=");
  EXPECT_EQ(context.stage(), "$default");
  EXPECT_EQ(context.source_ip(), "192.0.2.1");
  EXPECT_TRUE(context.claims().is_null());
  EXPECT_TRUE(context.authorizer().is_object());
}

TEST(ProxyEvent, NullAndAbsentMapsAreEmpty) {
  json event = apigw_test::make_event("GET", "/a", "/a");
  event.erase("stageVariables");
  event.erase("body");
  auto request = event.get<ProxyRequest>();
  EXPECT_TRUE(request.headers.empty());
  EXPECT_TRUE(request.multi_value_query_string_parameters.empty());
  EXPECT_FALSE(request.body.has_value());
  EXPECT_EQ(apigw::find_header(request, "Accept"), nullptr);
  EXPECT_TRUE(apigw::query_parameter_values(request, "x").empty());
}

TEST(ProxyEvent, HeadersAreFoundWithoutRegardToCase) {
  json event = apigw_test::make_event("GET", "/a", "/a");
  event["headers"] = {{"Content-Type", "text/plain"}};
  event["multiValueHeaders"] = {{"X-Tag", {"a", "b"}}};
  auto request = event.get<ProxyRequest>();
  ASSERT_NE(apigw::find_header(request, "content-type"), nullptr);
  EXPECT_EQ(*apigw::find_header(request, "CONTENT-TYPE"), "text/plain");
  // Only in multiValueHeaders: the last value, like API Gateway's single-value map.
  EXPECT_EQ(*apigw::find_header(request, "x-tag"), "b");
  EXPECT_EQ(apigw::header_values(request, "x-TAG"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(apigw::RequestContext(request).header("content-TYPE"), "text/plain");
  EXPECT_FALSE(apigw::RequestContext(request).header("Accept").has_value());
}

TEST(ProxyEvent, WritesEmptyMapsAsNullAndReadsBack) {
  ProxyRequest request;
  request.resource = "/pets/{pet_id}";
  request.path = "/pets/1";
  request.http_method = "GET";
  request.path_parameters = {{"pet_id", "1"}};
  json event = request;
  EXPECT_TRUE(event["headers"].is_null());
  EXPECT_TRUE(event["multiValueQueryStringParameters"].is_null());
  EXPECT_TRUE(event["body"].is_null());
  EXPECT_EQ(event["pathParameters"], json({{"pet_id", "1"}}));
  EXPECT_EQ(json(event.get<ProxyRequest>()), event);
}

TEST(ProxyEvent, RejectsMalformedEventsNamingTheField) {
  auto message_for = [](json event) {
    try {
      (void)event.get<ProxyRequest>();
    } catch (const apigw::MalformedEvent& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(message_for(json::array()), "the event must be a JSON object");
  json event = apigw_test::make_event("GET", "/a", "/a");
  EXPECT_EQ(message_for(event), "accepted");
  json no_method = event;
  no_method.erase("httpMethod");
  EXPECT_EQ(message_for(no_method), "httpMethod must be a string");
  json bad_header = event;
  bad_header["headers"] = {{"Accept", 1}};
  EXPECT_EQ(message_for(bad_header), "headers.Accept must be a string");
  json bad_multi = event;
  bad_multi["multiValueQueryStringParameters"] = {{"tag", "a"}};
  EXPECT_EQ(message_for(bad_multi), "multiValueQueryStringParameters.tag must be an array of strings");
  json bad_body = event;
  bad_body["body"] = json::object();
  EXPECT_EQ(message_for(bad_body), "body must be a string or null");
  json bad_flag = event;
  bad_flag["isBase64Encoded"] = "yes";
  EXPECT_EQ(message_for(bad_flag), "isBase64Encoded must be true or false");
}

TEST(ProxyEvent, ResponseHasAwsOutputFormat) {
  ProxyResponse response;
  response.status_code = 201;
  response.headers = {{"Content-Type", "application/json"}};
  response.body = "{}";
  EXPECT_EQ(json(response),
            json::parse(R"({"statusCode":201,"headers":{"Content-Type":"application/json"},"body":"{}",
                            "isBase64Encoded":false})"));
  response.multi_value_headers = {{"Set-Cookie", {"a=1", "b=2"}}};
  json written = response;
  EXPECT_EQ(written["multiValueHeaders"], json({{"Set-Cookie", {"a=1", "b=2"}}}));
  auto read = written.get<ProxyResponse>();
  EXPECT_EQ(read.status_code, 201);
  EXPECT_EQ(read.multi_value_headers.at("set-cookie").size(), 2u);
}

// response_text writes, without building it, exactly what dumping to_json's
// document writes: escapes, non-ASCII and invalid UTF-8, key order.
TEST(ProxyEvent, ResponseTextIsTheDocumentsDump) {
  auto dump = [](const ProxyResponse& response) {
    return json(response).dump(-1, ' ', false, json::error_handler_t::replace);
  };
  ProxyResponse response;
  EXPECT_EQ(apigw::response_text(response), dump(response));
  response.status_code = 418;
  response.body = std::string("quote \" backslash \\ slash / controls \b\f\n\r\t \x01\x1f\x7f end", 50);
  response.headers = {{"x-lower", "1"}, {"Content-Type", "text/plain"}, {"Zeta", "\"z\""}, {"alpha", ""}};
  response.is_base64_encoded = true;
  EXPECT_EQ(apigw::response_text(response), dump(response));
  response.body = "caf\xc3\xa9 \xe2\x82\xac and a lone \xff byte";
  response.multi_value_headers = {{"set-cookie", {"a=1", "b=\xc3\xa9"}}, {"Link", {}}, {"Vary", {"Origin"}}};
  EXPECT_EQ(apigw::response_text(response), dump(response));
  EXPECT_NE(apigw::response_text(response).find("\xef\xbf\xbd"), std::string::npos);  // U+FFFD
}

}  // namespace
