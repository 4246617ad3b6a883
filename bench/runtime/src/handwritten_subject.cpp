// The example's hand-written dispatcher (APIGW_BASELINE_DIR: ef9062f^) as a
// Lambda function would have run it: the event's method, path, query string,
// headers and JSON body into its Request, its Response out as a proxy response.
// That dispatcher was a command-line program, so this adapter is the least a
// Lambda deployment of it needs; it adds no routing of its own.

// The file is included as git history holds it, not copied; its main() is
// renamed out of the way of the benchmark's, and its dispatch() (in an unnamed
// namespace) becomes callable.
#define main handwritten_petstore_main
#include "src/main.cpp"  // APIGW_BASELINE_DIR is on the include path
#undef main

#include "subject.hpp"

namespace {

std::map<std::string, std::string> string_map(const json& map) {
  std::map<std::string, std::string> out;
  if (map.is_object())
    for (const auto& [name, value] : map.items()) out[name] = value.get<std::string>();
  return out;
}

}  // namespace

std::string bench::answer(std::string_view event_text) {
  const json event = json::parse(event_text);
  Request request;
  request.method = event.at("httpMethod").get<std::string>();
  request.path = event.at("path").get<std::string>();
  request.query = string_map(event.at("queryStringParameters"));
  request.headers = string_map(event.at("headers"));
  if (const json& body = event.at("body"); body.is_string() && !body.get_ref<const std::string&>().empty())
    request.body = json::parse(body.get_ref<const std::string&>());
  const Response response = dispatch(std::move(request));
  return json{{"statusCode", response.status},
              {"headers", {{"Content-Type", "application/json"}}},
              {"body", response.body.is_null() ? std::string() : response.body.dump()},
              {"isBase64Encoded", false}}
      .dump();
}
