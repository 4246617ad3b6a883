// The user's side of the test API: models and handlers as a developer writes
// them, annotated in a real project (the annotations are left out here: the
// route table in pet_routes.cpp stands for what the generator will write).
#pragma once

#include <apigw/context.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pets {

enum class Status { available, pending, sold };

struct NewPet {
  std::string name;  // minLength 1, maxLength 40, pattern ^[A-Za-z ]+$
  std::optional<std::string> tag;
  Status status = Status::available;
};

struct Pet {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> tag;
  Status status = Status::available;
  std::chrono::system_clock::time_point added;
};

// GET /pets/{pet_id}: 404 through apigw::HttpError.
Pet get_pet(std::int64_t pet_id);
// GET /pets?limit=&tag=&tag=: limit from 1 to 100, default 20; tags unique.
std::vector<Pet> list_pets(std::int32_t limit, const std::vector<std::string>& tags);
// POST /pets: 201 with a Location header.
Pet create_pet(const NewPet& pet, apigw::Response& response);
// DELETE /pets/{pet_id}: 204; the authorizer's claims must grant "pets/admin", else 403.
void delete_pet(std::int64_t pet_id, const apigw::RequestContext& context);
// GET /files/{proxy+}: the file's bytes (image/png).
std::string get_file(const std::string& proxy);
// ANY /echo: what the request looked like, from the context.
std::string echo(const apigw::RequestContext& context);
// GET /crash: fails with an exception the client must never see.
std::string crash();

}  // namespace pets
