// The local server on 127.0.0.1 (an ephemeral port) over the pet router.
#include <apigw/codec.hpp>
#include <apigw/local_server.hpp>
#include <gtest/gtest.h>
#include <httplib.h>

#include <sstream>
#include <thread>

namespace {

using nlohmann::json;

class LocalServerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    apigw::LocalServerOptions options;
    options.port = 0;
    options.authorizer = {{"principalId", "default-user"}};
    server_ = new apigw::LocalServer(apigw::routes(), options);
    port_ = server_->bind();
    ASSERT_GT(port_, 0);
    thread_ = new std::thread([] { server_->serve(); });
  }

  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
  }

  static httplib::Client client() {
    httplib::Client client("127.0.0.1", port_);
    client.set_connection_timeout(std::chrono::seconds(5));
    client.set_read_timeout(std::chrono::seconds(5));
    return client;
  }

  static json body_of(const httplib::Result& result) { return json::parse(result->body); }

  static inline apigw::LocalServer* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline int port_ = 0;
};

TEST_F(LocalServerTest, RoutesByTemplateWithPathParameters) {
  auto result = client().Get("/pets/42");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(body_of(result)["name"], "Rex");
  EXPECT_EQ(result->get_header_value("Access-Control-Allow-Origin"), "https://app.example.com");
}

TEST_F(LocalServerTest, ApiGatewaysErrors) {
  auto unknown = client().Get("/nowhere");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 403);
  EXPECT_EQ(body_of(unknown), json({{"message", "Missing Authentication Token"}}));
  auto wrong_method = client().Put("/pets/42", "{}", "application/json");
  ASSERT_TRUE(wrong_method);
  EXPECT_EQ(wrong_method->status, 405);
  EXPECT_EQ(wrong_method->get_header_value("Allow"), "DELETE,GET");
}

TEST_F(LocalServerTest, QueryParametersSingleAndRepeated) {
  auto result = client().Get("/pets?tag=dog&tag=cat&limit=3");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(body_of(result).size(), 1u);
  auto invalid = client().Get("/pets?tag=dog&tag=dog&limit=0");
  ASSERT_TRUE(invalid);
  EXPECT_EQ(invalid->status, 400);
  EXPECT_EQ(body_of(invalid)["fieldList"],
            json::parse(R"json([{"path":"/query/limit","message":"must be at least 1"},
                                {"path":"/query/tag","message":"must not contain duplicates (items 0 and 1)"}])json"));
}

TEST_F(LocalServerTest, GreedyPathAndBinaryResponse) {
  auto result = client().Get("/files/images/rex.png");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("Content-Type"), "image/png");
  EXPECT_EQ(result->body, std::string("\x89PNG\r\n\x1a\n\0\xff", 10));
}

TEST_F(LocalServerTest, JsonBodiesAndHandlerChoices) {
  auto created = client().Post("/pets", R"({"name":"Tom"})", "application/json");
  ASSERT_TRUE(created);
  EXPECT_EQ(created->status, 201);
  EXPECT_EQ(created->get_header_value("Location"), "/pets/7");
  auto invalid = client().Post("/pets", R"({"tag":3})", "application/json");
  ASSERT_TRUE(invalid);
  EXPECT_EQ(invalid->status, 400);
  EXPECT_EQ(body_of(invalid)["fieldList"],
            json::parse(R"([{"path":"/body/name","message":"is required"},
                            {"path":"/body/tag","message":"must be a string"}])"));
}

TEST_F(LocalServerTest, CorsPreflight) {
  auto result = client().Options("/pets/42");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("Access-Control-Allow-Methods"), "DELETE,GET,OPTIONS");
  EXPECT_EQ(result->get_header_value("Access-Control-Allow-Origin"), "https://app.example.com");
}

TEST_F(LocalServerTest, MockAndOtherIntegrations) {
  auto health = client().Get("/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(body_of(health), json({{"status", "ok"}}));
  auto reports = client().Get("/reports");
  ASSERT_TRUE(reports);
  EXPECT_EQ(reports->status, 501);
  EXPECT_EQ(body_of(reports)["message"], "GET /reports is served by the s3 integration, not by this function");
}

TEST_F(LocalServerTest, ClaimsFromTheHeaderElseTheDefault) {
  auto denied = client().Delete("/pets/42");
  ASSERT_TRUE(denied);
  EXPECT_EQ(denied->status, 403);
  httplib::Headers admin = {{"X-Apigw-Local-Claims", R"({"claims":{"scope":"pets/admin"}})"}};
  auto deleted = client().Delete("/pets/42", admin);
  ASSERT_TRUE(deleted);
  EXPECT_EQ(deleted->status, 204);
  auto broken = client().Delete("/pets/42", {{"X-Apigw-Local-Claims", "scope=admin"}});
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->status, 400);
  EXPECT_EQ(body_of(broken), json({{"message", "X-Apigw-Local-Claims must be a JSON object"}}));
}

TEST_F(LocalServerTest, AnyMethodAndTheContext) {
  for (const char* method : {"GET", "POST", "PATCH", "DELETE"}) {
    httplib::Request request;
    request.method = method;
    request.path = "/echo";
    auto result = client().send(request);
    ASSERT_TRUE(result) << method;
    EXPECT_EQ(result->status, 200) << method;
    EXPECT_EQ(result->body, std::string(method) + " /echo stage=local ip=127.0.0.1") << method;
  }
}

TEST_F(LocalServerTest, HandlerFailuresLeakNothing) {
  testing::internal::CaptureStderr();
  auto result = client().Get("/crash");
  std::string log = testing::internal::GetCapturedStderr();
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 500);
  EXPECT_EQ(result->body, R"({"message":"Internal server error"})");
  EXPECT_NE(log.find("hunter2"), std::string::npos);
}

TEST(LocalServerOptions, ReadsTheCommandLine) {
  const char* argv[] = {"pets", "--port", "0", "--host", "::1", "--stage", "dev"};
  apigw::LocalServerOptions options = apigw::parse_local_server_options(7, argv);
  EXPECT_EQ(options.port, 0);
  EXPECT_EQ(options.host, "::1");
  EXPECT_EQ(options.stage, "dev");
  const char* bad_port[] = {"pets", "--port", "70000"};
  EXPECT_THROW(apigw::parse_local_server_options(3, bad_port), std::invalid_argument);
  const char* unknown[] = {"pets", "--verbose", "1"};
  EXPECT_THROW(apigw::parse_local_server_options(3, unknown), std::invalid_argument);
  const char* missing[] = {"pets", "--port"};
  EXPECT_THROW(apigw::parse_local_server_options(2, missing), std::invalid_argument);
}

TEST(LocalServerOptions, BannerSaysAuthorizersAreNotEnforced) {
  std::ostringstream out;
  apigw::print_local_server_banner(out, apigw::routes(), {}, 3000);
  std::string banner = out.str();
  EXPECT_NE(banner.find("http://127.0.0.1:3000 (stage \"local\")"), std::string::npos) << banner;
  EXPECT_NE(banner.find("GET /reports -> s3 integration (answers 501 locally)"), std::string::npos) << banner;
  EXPECT_NE(banner.find("GET /health -> mock"), std::string::npos) << banner;
  EXPECT_NE(banner.find("Authorizers are not enforced locally"), std::string::npos) << banner;
  EXPECT_NE(banner.find("X-Apigw-Local-Claims"), std::string::npos) << banner;
}

}  // namespace
