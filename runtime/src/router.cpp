// The route table: a hash map on the resource template, then a scan of that
// resource's few methods, so lookup does not grow with the number of routes.
#include "apigw/router.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <tuple>

namespace apigw {
namespace {

constexpr std::array<std::string_view, 8> known_methods = {"ANY",  "DELETE", "GET", "HEAD",
                                                           "OPTIONS", "PATCH", "POST", "PUT"};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  CaseInsensitiveLess less;
  return !less(a, b) && !less(b, a);
}

// "image/png; charset=x" → "image/png".
std::string_view media_type_of(std::string_view content_type) {
  std::string_view type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  return type;
}

// API Gateway's binaryMediaTypes: an exact type, "type/*" or "*/*".
bool media_type_matches(std::string_view pattern, std::string_view type) {
  if (pattern == "*/*") return true;
  if (pattern.ends_with("/*")) {
    std::string_view prefix = pattern.substr(0, pattern.size() - 1);
    return type.size() > prefix.size() && equal_ignoring_case(type.substr(0, prefix.size()), prefix);
  }
  return equal_ignoring_case(pattern, type);
}

}  // namespace

RouteTable& RouteTable::add(std::string method, std::string resource, RouteHandler handler) {
  if (!handler) throw std::invalid_argument("route " + method + " " + resource + " has no handler");
  return insert({std::move(method), std::move(resource), std::move(handler)});
}

RouteTable& RouteTable::add(std::span<const HandlerRoute> routes) {
  for (const HandlerRoute& route : routes) add(std::string(route.method), std::string(route.resource), route.function);
  return *this;
}

RouteTable& RouteTable::add_mock(std::string method, std::string resource, MockResponse response) {
  return insert({std::move(method), std::move(resource), std::move(response)});
}

RouteTable& RouteTable::add_integration(std::string method, std::string resource, std::string name) {
  return insert({std::move(method), std::move(resource), OtherIntegration{std::move(name)}});
}

RouteTable& RouteTable::enable_cors(CorsSettings settings) {
  cors_ = std::move(settings);
  return *this;
}

RouteTable& RouteTable::add_binary_media_type(std::string media_type) {
  binary_media_types_.push_back(std::move(media_type));
  return *this;
}

RouteTable& RouteTable::insert(Route route) {
  std::string name = route.method + " " + route.resource;
  if (std::find(known_methods.begin(), known_methods.end(), route.method) == known_methods.end()) {
    throw std::invalid_argument("route " + name + ": unknown method");
  }
  if (!route.resource.starts_with('/')) throw std::invalid_argument("route " + name + ": resource must start with '/'");
  std::vector<Route>& routes = routes_by_resource_[route.resource];
  for (const Route& existing : routes) {
    if (existing.method == route.method) throw std::invalid_argument("route " + name + " is declared twice");
  }
  routes.push_back(std::move(route));
  return *this;
}

const Route* RouteTable::find(std::string_view resource, std::string_view method) const {
  auto it = routes_by_resource_.find(resource);
  if (it == routes_by_resource_.end()) return nullptr;
  const Route* any = nullptr;
  for (const Route& route : it->second) {
    if (route.method == method) return &route;
    if (route.method == "ANY") any = &route;
  }
  return any;
}

bool RouteTable::has_resource(std::string_view resource) const {
  return routes_by_resource_.find(resource) != routes_by_resource_.end();
}

std::string RouteTable::allowed_methods(std::string_view resource) const {
  auto it = routes_by_resource_.find(resource);
  if (it == routes_by_resource_.end()) return {};
  std::vector<std::string_view> methods;
  for (const Route& route : it->second) methods.push_back(route.method);
  std::sort(methods.begin(), methods.end());
  std::string allow;
  for (std::string_view method : methods) {
    if (!allow.empty()) allow += ',';
    allow += method;
  }
  return allow;
}

std::vector<std::string> RouteTable::resources() const {
  std::vector<std::string> all;
  for (const auto& entry : routes_by_resource_) all.push_back(entry.first);
  std::sort(all.begin(), all.end());
  return all;
}

std::vector<const Route*> RouteTable::all_routes() const {
  std::vector<const Route*> all;
  for (const auto& entry : routes_by_resource_) {
    for (const Route& route : entry.second) all.push_back(&route);
  }
  std::sort(all.begin(), all.end(), [](const Route* a, const Route* b) {
    return std::tie(a->resource, a->method) < std::tie(b->resource, b->method);
  });
  return all;
}

bool RouteTable::is_binary_media_type(std::string_view content_type) const {
  std::string_view type = media_type_of(content_type);
  return std::any_of(binary_media_types_.begin(), binary_media_types_.end(),
                     [type](const std::string& pattern) { return media_type_matches(pattern, type); });
}

}  // namespace apigw
