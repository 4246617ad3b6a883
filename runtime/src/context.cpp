#include "apigw/context.hpp"

namespace apigw {
namespace {

const nlohmann::json& null_json() {
  static const nlohmann::json null;
  return null;
}

// The member at `path` below `object`, or null when any step is missing.
const nlohmann::json& find_json(const nlohmann::json& object, std::initializer_list<const char*> path) {
  const nlohmann::json* node = &object;
  for (const char* name : path) {
    if (!node->is_object()) return null_json();
    auto it = node->find(name);
    if (it == node->end()) return null_json();
    node = &*it;
  }
  return *node;
}

std::string_view find_text(const nlohmann::json& object, std::initializer_list<const char*> path) {
  const nlohmann::json& value = find_json(object, path);
  return value.is_string() ? std::string_view(value.get_ref<const std::string&>()) : std::string_view();
}

}  // namespace

std::optional<std::string_view> RequestContext::header(std::string_view name) const {
  const std::string* value = find_header(request_, name);
  if (value == nullptr) return std::nullopt;
  return *value;
}

const nlohmann::json& RequestContext::authorizer() const {
  return find_json(request_.request_context, {"authorizer"});
}

const nlohmann::json& RequestContext::claims() const {
  return find_json(request_.request_context, {"authorizer", "claims"});
}

std::string_view RequestContext::request_id() const {
  return find_text(request_.request_context, {"requestId"});
}

std::string_view RequestContext::stage() const {
  return find_text(request_.request_context, {"stage"});
}

std::string_view RequestContext::source_ip() const {
  return find_text(request_.request_context, {"identity", "sourceIp"});
}

}  // namespace apigw
