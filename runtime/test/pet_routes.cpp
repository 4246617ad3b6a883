// The router for pet_handlers.hpp, written by hand the way the generator will
// write it (docs/runtime.md, "The generated code"): serializers in a namespace
// of their own, one function per route, one table.
#include "pet_handlers.hpp"

#include <apigw/codec.hpp>
#include <apigw/parameters.hpp>
#include <apigw/responses.hpp>
#include <apigw/router.hpp>
#include <apigw/validation.hpp>

#include <regex>

// ---------------------------------------------------------------- models
// Never `to_json`/`from_json`: those names are the user's.
namespace apigw_generated {

std::string_view write_Status(pets::Status value) {
  switch (value) {
    case pets::Status::available: return "available";
    case pets::Status::pending: return "pending";
    case pets::Status::sold: return "sold";
  }
  return "available";
}

std::optional<pets::Status> read_Status(const nlohmann::json& json, const std::string& pointer,
                                        apigw::Failures& failures) {
  std::optional<std::string> text = apigw::convert_json<std::string>(json, pointer, failures);
  if (!text) return std::nullopt;
  return apigw::convert_enum<pets::Status>(
      *text, {{"available", pets::Status::available}, {"pending", pets::Status::pending}, {"sold", pets::Status::sold}},
      pointer, failures);
}

nlohmann::json write_Pet(const pets::Pet& value) {
  nlohmann::json json = nlohmann::json::object();
  json["id"] = value.id;
  json["name"] = value.name;
  if (value.tag) json["tag"] = *value.tag;
  json["status"] = write_Status(value.status);
  json["added"] = apigw::format_date_time(value.added);
  return json;
}

nlohmann::json write_Pet_array(const std::vector<pets::Pet>& values) {
  nlohmann::json json = nlohmann::json::array();
  for (const pets::Pet& value : values) json.push_back(write_Pet(value));
  return json;
}

// NewPet: name required (1 to 40 characters, ^[A-Za-z ]+$), tag optional, status optional.
std::optional<pets::NewPet> read_NewPet(const nlohmann::json& json, const std::string& pointer,
                                        apigw::Failures& failures) {
  if (!apigw::expect_object(json, pointer, failures)) return std::nullopt;
  std::size_t failures_before = failures.count();
  pets::NewPet value;
  if (const auto* member = apigw::find_member(json, "name", apigw::Presence::required, pointer, failures)) {
    std::string member_pointer = apigw::child_pointer(pointer, "name");
    if (auto name = apigw::convert_json<std::string>(*member, member_pointer, failures)) {
      static const std::regex name_pattern("^[A-Za-z ]+$", std::regex::ECMAScript);
      apigw::check_min_length(*name, 1, member_pointer, failures);
      apigw::check_max_length(*name, 40, member_pointer, failures);
      apigw::check_pattern(*name, name_pattern, "^[A-Za-z ]+$", member_pointer, failures);
      value.name = std::move(*name);
    }
  }
  if (const auto* member = apigw::find_member(json, "tag", apigw::Presence::optional, pointer, failures)) {
    value.tag = apigw::convert_json<std::string>(*member, apigw::child_pointer(pointer, "tag"), failures);
  }
  if (const auto* member = apigw::find_member(json, "status", apigw::Presence::optional, pointer, failures)) {
    if (auto status = read_Status(*member, apigw::child_pointer(pointer, "status"), failures)) value.status = *status;
  }
  if (failures.count() != failures_before) return std::nullopt;
  return value;
}

}  // namespace apigw_generated

// ---------------------------------------------------------------- routes
namespace {

// GET /pets/{pet_id} -> pets::get_pet
apigw::ProxyResponse get_pet_route(const apigw::ProxyRequest& request) {
  apigw::Failures failures;
  auto pet_id = apigw::path_parameter<std::int64_t>(request, "pet_id", failures);
  if (pet_id) apigw::check_minimum(*pet_id, 1, "/path/pet_id", failures);
  if (!failures.empty()) return apigw::validation_error_response(failures);
  pets::Pet result = pets::get_pet(*pet_id);
  return apigw::json_response(200, apigw_generated::write_Pet(result));
}

// GET /pets -> pets::list_pets
apigw::ProxyResponse list_pets_route(const apigw::ProxyRequest& request) {
  apigw::Failures failures;
  auto limit = apigw::query_parameter<std::int32_t>(request, "limit", apigw::Presence::optional, failures);
  if (limit) apigw::check_minimum(*limit, 1, "/query/limit", failures);
  if (limit) apigw::check_maximum(*limit, 100, "/query/limit", failures);
  auto tags = apigw::query_parameter_list<std::string>(request, "tag", apigw::Presence::optional, failures);
  apigw::check_max_items(tags.size(), 5, "/query/tag", failures);
  apigw::check_unique_items(tags, "/query/tag", failures);
  if (!failures.empty()) return apigw::validation_error_response(failures);
  std::vector<pets::Pet> result = pets::list_pets(limit.value_or(20), tags);
  return apigw::json_response(200, apigw_generated::write_Pet_array(result));
}

// POST /pets -> pets::create_pet
apigw::ProxyResponse create_pet_route(const apigw::ProxyRequest& request) {
  apigw::Failures failures;
  std::optional<pets::NewPet> pet;
  if (auto body = apigw::json_body(request, apigw::Presence::required, failures)) {
    pet = apigw_generated::read_NewPet(*body, "/body", failures);
  }
  if (!failures.empty()) return apigw::validation_error_response(failures);
  apigw::Response response;
  pets::Pet result = pets::create_pet(*pet, response);
  return apigw::with_handler_choices(apigw::json_response(200, apigw_generated::write_Pet(result)), response);
}

// DELETE /pets/{pet_id} -> pets::delete_pet (void: 204)
apigw::ProxyResponse delete_pet_route(const apigw::ProxyRequest& request) {
  apigw::Failures failures;
  auto pet_id = apigw::path_parameter<std::int64_t>(request, "pet_id", failures);
  if (!failures.empty()) return apigw::validation_error_response(failures);
  pets::delete_pet(*pet_id, apigw::RequestContext(request));
  return apigw::empty_response(204);
}

// GET /files/{proxy+} -> pets::get_file (image/png)
apigw::ProxyResponse get_file_route(const apigw::ProxyRequest& request) {
  apigw::Failures failures;
  auto proxy = apigw::path_parameter<std::string>(request, "proxy", failures);
  if (!failures.empty()) return apigw::validation_error_response(failures);
  std::string result = pets::get_file(*proxy);
  return apigw::binary_response(200, result, "image/png");
}

// ANY /echo -> pets::echo (text/plain)
apigw::ProxyResponse echo_route(const apigw::ProxyRequest& request) {
  std::string result = pets::echo(apigw::RequestContext(request));
  return apigw::text_response(200, std::move(result), "text/plain");
}

// GET /crash -> pets::crash
apigw::ProxyResponse crash_route(const apigw::ProxyRequest&) {
  std::string result = pets::crash();
  return apigw::json_response(200, result);
}

apigw::RouteTable make_routes() {
  apigw::RouteTable table;
  table.add("GET", "/pets/{pet_id}", get_pet_route)
      .add("DELETE", "/pets/{pet_id}", delete_pet_route)
      .add("GET", "/pets", list_pets_route)
      .add("POST", "/pets", create_pet_route)
      .add("GET", "/files/{proxy+}", get_file_route)
      .add("ANY", "/echo", echo_route)
      .add("GET", "/crash", crash_route)
      .add_mock("GET", "/health", {200, {{"Content-Type", "application/json"}}, R"({"status":"ok"})"})
      .add_integration("GET", "/reports", "s3")
      .add_binary_media_type("image/png")
      .enable_cors({.origin = "https://app.example.com"});
  return table;
}

}  // namespace

// ---------------------------------------------------------------- entry points
namespace apigw {

const RouteTable& routes() {
  static const RouteTable table = make_routes();
  return table;
}

nlohmann::json dispatch(const nlohmann::json& event) { return dispatch(routes(), event); }

std::string handle(std::string_view event_json) { return handle(routes(), event_json); }

}  // namespace apigw
