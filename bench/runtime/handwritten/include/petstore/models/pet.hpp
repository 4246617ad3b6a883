// Pets, their categories and tags.
#pragma once

#include <apigw/annotations.hpp>
#include <petstore/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace petstore {

/// Where a pet is in the sales process.
enum class PetStatus { available, pending, sold };

NLOHMANN_JSON_SERIALIZE_ENUM(PetStatus, {
                                            {PetStatus::available, "available"},
                                            {PetStatus::pending, "pending"},
                                            {PetStatus::sold, "sold"},
                                        })

/// A category of pets. Categories nest: dogs, then terriers.
struct Category {
  /// Category id.
  std::int64_t id APIGW_MIN(1) = 1;
  /// Display name.
  std::string name APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(40);
  /// Narrower categories.
  std::vector<Category> subcategories;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Category, id, name, subcategories)

/// A label attached to pets.
struct Tag {
  std::int32_t id = 0;
  /// Lower-case words separated by dashes.
  std::string name APIGW_PATTERN("^[a-z0-9-]{1,32}$");
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Tag, id, name)

/// A pet of the store.
struct Pet {
  /// Assigned by the store.
  std::int64_t id = 0;
  /// The pet's name.
  std::string name APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(64);
  Category category;
  /// Public URLs of the pet's photos.
  std::vector<std::string> photo_urls APIGW_JSON_NAME("photoUrls");
  std::vector<Tag> tags;
  PetStatus status = PetStatus::available;
  /// Weight in kilograms, when known.
  std::optional<double> weight_kg APIGW_MIN(0) APIGW_MAX(500);
  /// Free-form attributes such as colour or breed.
  std::map<std::string, std::string> attributes;
  bool vaccinated = false;
  /// Staff notes, never sent to clients.
  std::string internal_notes APIGW_IGNORE;
};

/// What a client sends to add or replace a pet.
struct NewPet {
  std::string name APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(64);
  /// The category's id; none files the pet under "Other".
  std::optional<std::int64_t> category_id APIGW_MIN(1);
  std::vector<std::string> photo_urls APIGW_JSON_NAME("photoUrls");
  std::vector<Tag> tags;
  /// Defaults to `available`.
  std::optional<PetStatus> status;
  std::optional<double> weight_kg APIGW_MIN(0) APIGW_MAX(500);
  std::map<std::string, std::string> attributes;
  bool vaccinated = false;
};

/// One page of pets.
struct PetPage {
  std::vector<Pet> items;
  /// Pass it back as `next_token` for the next page; absent on the last one.
  std::optional<std::string> next_token;
  /// How many pets match, over all pages.
  std::int32_t total = 0;
};

// Pet and NewPet use `photoUrls` on the wire and Pet hides its staff notes,
// so they have hand-written conversions (src/pets.cpp).
void to_json(nlohmann::json &j, const Pet &pet);
void from_json(const nlohmann::json &j, Pet &pet);
void to_json(nlohmann::json &j, const NewPet &pet);
void from_json(const nlohmann::json &j, NewPet &pet);

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PetPage, items, next_token, total)

} // namespace petstore
