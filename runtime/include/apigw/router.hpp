// The route table a generated router fills, and the entry points that answer
// an API Gateway REST proxy event with it. docs/runtime.md shows the code a
// generator writes against these types.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "apigw/proxy_event.hpp"

namespace apigw {

// One route's code: converts the parameters, calls the handler, writes the result.
using RouteHandler = std::function<ProxyResponse(const ProxyRequest&)>;

// A route API Gateway answers itself (a `mock` integration).
struct MockResponse {
  int status_code = 200;
  HeaderMap headers;
  std::string body;
};

// A route served by another integration (S3, Step Functions, HTTP...): it never
// reaches this function, and the local server answers 501 naming `name`.
struct OtherIntegration {
  std::string name;
};

// A handler route as a generated router lists it: plain data, so that a
// table of thousands compiles to a table, not to code.
struct HandlerRoute {
  std::string_view method;
  std::string_view resource;
  ProxyResponse (*function)(const ProxyRequest&);
};

struct Route {
  std::string method;    // "GET", "POST"... or "ANY"
  std::string resource;  // the template as API Gateway passes it in `resource`
  std::variant<RouteHandler, MockResponse, OtherIntegration> target;
};

// The API's CORS settings, as the document declares them (docs/outputs.md).
struct CorsSettings {
  std::string origin = "*";
  std::string headers = "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token";
  std::string methods{};  // empty: each path's own methods and OPTIONS
};

class RouteTable {
 public:
  // Each throws std::invalid_argument for an unknown method, a resource not
  // starting with '/', or a method+resource given twice.
  RouteTable& add(std::string method, std::string resource, RouteHandler handler);
  RouteTable& add(std::span<const HandlerRoute> routes);
  RouteTable& add_mock(std::string method, std::string resource, MockResponse response);
  RouteTable& add_integration(std::string method, std::string resource, std::string name);
  RouteTable& enable_cors(CorsSettings settings);
  // A media type the API treats as binary ("image/png", "image/*", "*/*").
  RouteTable& add_binary_media_type(std::string media_type);

  // The route for a method on a resource template: the method's own, else ANY.
  const Route* find(std::string_view resource, std::string_view method) const;
  bool has_resource(std::string_view resource) const;
  // The resource's methods, sorted and comma-separated ("GET,POST"), for `Allow`.
  std::string allowed_methods(std::string_view resource) const;
  // Every resource template, sorted.
  std::vector<std::string> resources() const;
  // Every route, by resource then method.
  std::vector<const Route*> all_routes() const;
  const std::optional<CorsSettings>& cors() const { return cors_; }
  bool is_binary_media_type(std::string_view content_type) const;

 private:
  RouteTable& insert(Route route);

  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, std::vector<Route>, StringHash, std::equal_to<>> routes_by_resource_;
  std::optional<CorsSettings> cors_;
  std::vector<std::string> binary_media_types_;
};

// Answers one REST proxy event (payload 1.0) with its proxy response. Never
// throws: a malformed event is a 400, an unknown resource 403 {"message":
// "Missing Authentication Token"}, a wrong method 405 with Allow, an
// HttpError its status, any other exception 500 (logged to stderr with the
// request id, never put in the body).
nlohmann::json dispatch(const RouteTable& table, const nlohmann::json& event);
// The same from and to JSON text, as aws-lambda-cpp passes payloads.
std::string handle(const RouteTable& table, std::string_view event_json);
// The same on a parsed request.
ProxyResponse respond(const RouteTable& table, const ProxyRequest& request);

// Defined by the generated router source, not by this library: the program's
// own table, and the entry points over it.
const RouteTable& routes();
nlohmann::json dispatch(const nlohmann::json& event);
std::string handle(std::string_view event_json);

}  // namespace apigw
