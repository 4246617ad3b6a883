// The entry points: event in, response out, and no exception ever leaves.
#include <iostream>

#include "apigw/context.hpp"
#include "apigw/http_error.hpp"
#include "apigw/responses.hpp"
#include "apigw/router.hpp"

namespace apigw {
namespace {

void log_unhandled(const ProxyRequest& request, std::string_view what) {
  std::cerr << "apigw: request " << RequestContext(request).request_id() << ": " << request.http_method << " "
            << request.resource << ": unhandled exception: " << what << std::endl;
}

ProxyResponse call_handler(const RouteHandler& handler, const ProxyRequest& request) {
  try {
    return handler(request);
  } catch (const HttpError& error) {
    return message_response(error.status(), error.what());
  } catch (const std::exception& error) {
    log_unhandled(request, error.what());
  } catch (...) {
    log_unhandled(request, "an exception not derived from std::exception");
  }
  return message_response(500, "Internal server error");
}

ProxyResponse mock(const MockResponse& mock) {
  ProxyResponse response;
  response.status_code = mock.status_code;
  response.headers = mock.headers;
  response.body = mock.body;
  return response;
}

ProxyResponse not_this_function(const Route& route, const OtherIntegration& integration) {
  return message_response(501, route.method + " " + route.resource + " is served by the " + integration.name +
                                   " integration, not by this function");
}

// What API Gateway's generated OPTIONS mock answers (docs/outputs.md, CORS).
ProxyResponse preflight(const RouteTable& table, const ProxyRequest& request, const CorsSettings& cors) {
  std::string methods = cors.methods;
  if (methods.empty()) methods = table.allowed_methods(request.resource) + ",OPTIONS";
  ProxyResponse response = empty_response(200);
  response.headers.emplace("Access-Control-Allow-Headers", cors.headers);
  response.headers.emplace("Access-Control-Allow-Methods", methods);
  return response;
}

ProxyResponse route_response(const RouteTable& table, const ProxyRequest& request) {
  const Route* route = table.find(request.resource, request.http_method);
  if (route == nullptr) {
    if (!table.has_resource(request.resource)) return message_response(403, "Missing Authentication Token");
    if (request.http_method == "OPTIONS" && table.cors()) return preflight(table, request, *table.cors());
    ProxyResponse response = message_response(405, "Method Not Allowed");
    response.headers.emplace("Allow", table.allowed_methods(request.resource));
    return response;
  }
  if (const auto* handler = std::get_if<RouteHandler>(&route->target)) return call_handler(*handler, request);
  if (const auto* response = std::get_if<MockResponse>(&route->target)) return mock(*response);
  return not_this_function(*route, std::get<OtherIntegration>(route->target));
}

// Answers the request that `read_request` makes of an event; what goes wrong
// outside any handler (a malformed event, no memory) is an answer too.
template <class ReadRequest>
ProxyResponse answer(const RouteTable& table, ReadRequest read_request) {
  try {
    return respond(table, read_request());
  } catch (const MalformedEvent& error) {
    return message_response(400, std::string("Malformed proxy event: ") + error.what());
  } catch (const std::exception& error) {
    std::cerr << "apigw: " << error.what() << std::endl;
    return message_response(500, "Internal server error");
  }
}

}  // namespace

ProxyResponse respond(const RouteTable& table, const ProxyRequest& request) {
  ProxyResponse response = route_response(table, request);
  // A proxy integration's response carries its CORS header itself.
  if (table.cors()) response.headers.emplace("Access-Control-Allow-Origin", table.cors()->origin);
  return response;
}

nlohmann::json dispatch(const RouteTable& table, const nlohmann::json& event) {
  return answer(table, [&event] { return event.get<ProxyRequest>(); });
}

std::string handle(const RouteTable& table, std::string_view event_json) {
  nlohmann::json event = nlohmann::json::parse(event_json, nullptr, false);
  if (event.is_discarded()) return response_text(message_response(400, "Malformed proxy event: not JSON"));
  return response_text(answer(table, [&event] { return read_proxy_request(std::move(event)); }));
}

}  // namespace apigw

