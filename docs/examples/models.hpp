// The models the examples of docs/annotations.md refer to without showing them
// (test/docs/run.js puts this directory on the include path).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct Pet {
  std::int64_t id = 0;
  std::string name;
};

struct NewPet {
  std::string name;
};

struct PetPage {
  std::vector<Pet> pets;
  std::optional<std::string> next_token;
};

struct Order {
  std::string item;
  std::int32_t quantity = 1;
};

struct Note {
  std::string title;
};

struct Quote {
  double price = 0;
};

struct Health {
  std::string status;
};

/// What the Lambda runtime passes besides the request; not part of the API.
struct RequestContext {
  std::string request_id;
};
