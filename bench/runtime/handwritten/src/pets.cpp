#include <petstore/handlers/pets.hpp>
#include <petstore/http.hpp>
#include <petstore/store.hpp>

#include <algorithm>
#include <iostream>

namespace petstore {

void to_json(nlohmann::json &j, const Pet &pet) {
  j = nlohmann::json{{"id", pet.id},
                     {"name", pet.name},
                     {"category", pet.category},
                     {"photoUrls", pet.photo_urls},
                     {"tags", pet.tags},
                     {"status", pet.status},
                     {"weight_kg", pet.weight_kg},
                     {"attributes", pet.attributes},
                     {"vaccinated", pet.vaccinated}};
}

void from_json(const nlohmann::json &j, Pet &pet) {
  pet.id = j.at("id").get<std::int64_t>();
  pet.name = j.at("name").get<std::string>();
  pet.category = j.at("category").get<Category>();
  pet.photo_urls = j.value("photoUrls", std::vector<std::string>{});
  pet.tags = j.value("tags", std::vector<Tag>{});
  pet.status = j.at("status").get<PetStatus>();
  pet.weight_kg = j.value("weight_kg", std::optional<double>{});
  pet.attributes = j.value("attributes", std::map<std::string, std::string>{});
  pet.vaccinated = j.value("vaccinated", false);
}

void to_json(nlohmann::json &j, const NewPet &pet) {
  j = nlohmann::json{{"name", pet.name},
                     {"category_id", pet.category_id},
                     {"photoUrls", pet.photo_urls},
                     {"tags", pet.tags},
                     {"status", pet.status},
                     {"weight_kg", pet.weight_kg},
                     {"attributes", pet.attributes},
                     {"vaccinated", pet.vaccinated}};
}

void from_json(const nlohmann::json &j, NewPet &pet) {
  pet.name = j.at("name").get<std::string>();
  pet.category_id = j.value("category_id", std::optional<std::int64_t>{});
  pet.photo_urls = j.value("photoUrls", std::vector<std::string>{});
  pet.tags = j.value("tags", std::vector<Tag>{});
  pet.status = j.value("status", std::optional<PetStatus>{});
  pet.weight_kg = j.value("weight_kg", std::optional<double>{});
  pet.attributes = j.value("attributes", std::map<std::string, std::string>{});
  pet.vaccinated = j.value("vaccinated", false);
}

namespace {

constexpr std::int64_t other_category_id = 4;

/// Checks what API Gateway's request validator cannot (it already checked
/// the schema) and turns a NewPet into a Pet.
Pet make_pet(std::int64_t id, const NewPet &in) {
  Store &store = Store::instance();
  auto category = store.categories.find(in.category_id.value_or(other_category_id));
  if (category == store.categories.end())
    throw HttpError(400, "unknown category " + std::to_string(*in.category_id));
  if (in.name.empty())
    throw HttpError(400, "a pet needs a name");

  Pet pet;
  pet.id = id;
  pet.name = in.name;
  pet.category = category->second;
  pet.photo_urls = in.photo_urls;
  pet.tags = in.tags;
  pet.status = in.status.value_or(PetStatus::available);
  pet.weight_kg = in.weight_kg;
  pet.attributes = in.attributes;
  pet.vaccinated = in.vaccinated;
  return pet;
}

bool has_tag(const Pet &pet, const std::string &name) {
  return std::any_of(pet.tags.begin(), pet.tags.end(),
                     [&](const Tag &tag) { return tag.name == name; });
}

} // namespace

PetPage list_pets(std::optional<PetStatus> status, std::int32_t limit,
                  std::optional<std::string> cursor) {
  if (limit < 1 || limit > 100)
    throw HttpError(400, "limit must be between 1 and 100");
  std::int64_t after = 0;
  if (cursor) {
    try {
      after = std::stoll(*cursor);
    } catch (const std::exception &) {
      throw HttpError(400, "bad next_token");
    }
  }

  PetPage page;
  for (const auto &[id, pet] : Store::instance().pets) {
    if (status && pet.status != *status)
      continue;
    ++page.total;
    if (id > after && static_cast<std::int32_t>(page.items.size()) < limit)
      page.items.push_back(pet);
  }
  std::int32_t before = 0;
  for (const auto &[id, pet] : Store::instance().pets)
    if (id <= after && (!status || pet.status == *status))
      ++before;
  if (before + static_cast<std::int32_t>(page.items.size()) < page.total)
    page.next_token = std::to_string(page.items.back().id);
  return page;
}

std::vector<Pet> find_pets_by_tags(std::vector<std::string> tags) {
  std::vector<Pet> found;
  for (const auto &[id, pet] : Store::instance().pets)
    if (std::all_of(tags.begin(), tags.end(),
                    [&](const std::string &tag) { return has_tag(pet, tag); }))
      found.push_back(pet);
  return found;
}

Pet get_pet(std::int64_t pet_id, std::optional<std::string> request_id) {
  if (request_id)
    std::clog << "[" << *request_id << "] get_pet " << pet_id << '\n';
  return Store::instance().pet(pet_id);
}

void pet_exists(std::int64_t pet_id) { Store::instance().pet(pet_id); }

Pet create_pet(const NewPet &pet) {
  Store &store = Store::instance();
  Pet created = make_pet(store.next_pet_id, pet);
  ++store.next_pet_id;
  store.pets[created.id] = created;
  return created;
}

Pet update_pet(std::int64_t pet_id, const NewPet &pet) {
  Pet &stored = Store::instance().pet(pet_id);
  Pet updated = make_pet(pet_id, pet);
  updated.internal_notes = stored.internal_notes;
  stored = updated;
  return stored;
}

void delete_pet(std::int64_t pet_id) {
  Store &store = Store::instance();
  store.pet(pet_id);
  store.pets.erase(pet_id);
}

std::vector<Pet> import_pets(const std::vector<NewPet> &pets) {
  std::vector<Pet> created;
  created.reserve(pets.size());
  for (const NewPet &pet : pets) {
    created.push_back(create_pet(pet));
    Store::instance().pets[created.back().id].internal_notes = "imported from a partner feed";
  }
  return created;
}

} // namespace petstore
