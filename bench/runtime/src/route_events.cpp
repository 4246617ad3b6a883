#include "route_events.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace bench {
namespace {

using nlohmann::json;

json read_json(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  return json::parse(in);
}

// "/pets/{pet_id}" with {"pet_id": "1"} -> "/pets/1".
std::string path_of(std::string resource, const json& path_parameters) {
  for (const auto& [name, value] : path_parameters.items()) {
    std::string placeholder = "{" + name + "}";
    resource.replace(resource.find(placeholder), placeholder.size(), value.get<std::string>());
  }
  return resource;
}

// API Gateway sends each single-value map again as a multi-value one, and null
// for an empty map.
json multi_value(const json& map) {
  if (map.empty()) return nullptr;
  json multi = json::object();
  for (const auto& [name, value] : map.items()) multi[name] = json::array({value});
  return multi;
}

json map_or_null(const json& map) { return map.empty() ? json(nullptr) : map; }

Event event_of(const json& envelope, const json& route) {
  json event = envelope;
  const std::string& method = route.at("httpMethod").get_ref<const std::string&>();
  const std::string& resource = route.at("resource").get_ref<const std::string&>();
  const json path_parameters = route.value("pathParameters", json::object());
  const json query = route.value("queryStringParameters", json::object());
  const std::string path = path_of(resource, path_parameters);
  event["httpMethod"] = method;
  event["resource"] = resource;
  event["path"] = path;
  event["pathParameters"] = map_or_null(path_parameters);
  event["queryStringParameters"] = map_or_null(query);
  event["multiValueQueryStringParameters"] = multi_value(query);
  event["multiValueHeaders"] = multi_value(event.at("headers"));
  event["requestContext"]["httpMethod"] = method;
  event["requestContext"]["resourcePath"] = resource;
  event["requestContext"]["path"] = "/prod" + path;
  event["body"] = route.contains("body") ? json(route.at("body").dump()) : json(nullptr);
  return {event.dump(), route.at("status").get<int>()};
}

}  // namespace

RouteEvents read_route_events(const std::string& route_file) {
  const std::filesystem::path file(route_file);
  const json envelope = read_json(file.parent_path() / "envelope.json");
  const json route = read_json(file);
  RouteEvents events{event_of(envelope, route), {}};
  for (const json& prepare : route.value("prepare", json::array())) events.prepare.push_back(event_of(envelope, prepare));
  return events;
}

}  // namespace bench
