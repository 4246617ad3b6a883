#include "pet_handlers.hpp"

#include <apigw/http_error.hpp>

#include <stdexcept>

namespace pets {
namespace {

Pet rex() {
  using namespace std::chrono;
  return {42, "Rex", "dog", Status::available, sys_days(year(2024) / 5 / 1) + hours(12)};
}

}  // namespace

Pet get_pet(std::int64_t pet_id) {
  if (pet_id != 42) throw apigw::HttpError(404, "No pet " + std::to_string(pet_id));
  return rex();
}

std::vector<Pet> list_pets(std::int32_t limit, const std::vector<std::string>& tags) {
  std::vector<Pet> found;
  Pet pet = rex();
  bool tag_matches = tags.empty() || std::find(tags.begin(), tags.end(), pet.tag) != tags.end();
  if (limit > 0 && tag_matches) found.push_back(pet);
  return found;
}

Pet create_pet(const NewPet& pet, apigw::Response& response) {
  response.set_status(201);
  response.set_header("Location", "/pets/7");
  return {7, pet.name, pet.tag, pet.status, std::chrono::system_clock::time_point{}};
}

void delete_pet(std::int64_t pet_id, const apigw::RequestContext& context) {
  const nlohmann::json& claims = context.claims();
  if (!claims.is_object() || claims.value("scope", "") != "pets/admin") {
    throw apigw::HttpError(403, "Deleting pets needs the pets/admin scope");
  }
  get_pet(pet_id);
}

std::string get_file(const std::string& proxy) {
  if (proxy != "images/rex.png") throw apigw::HttpError(404, "No file " + proxy);
  return std::string("\x89PNG\r\n\x1a\n\0\xff", 10);
}

std::string echo(const apigw::RequestContext& context) {
  return std::string(context.request().http_method) + " " + context.request().path + " stage=" +
         std::string(context.stage()) + " ip=" + std::string(context.source_ip());
}

std::string crash() { throw std::runtime_error("database password is hunter2"); }

}  // namespace pets
