#include <petstore/http.hpp>
#include <petstore/store.hpp>

#include <chrono>

namespace petstore {

Store &Store::instance() {
  static Store store = [] {
    Store s;
    Category terriers{2, "Terriers", {}};
    Category dogs{1, "Dogs", {terriers}};
    Category cats{3, "Cats", {}};
    Category other{4, "Other", {}};
    for (const Category &c : {dogs, terriers, cats, other})
      s.categories[c.id] = c;
    return s;
  }();
  return store;
}

Pet &Store::pet(std::int64_t id) {
  auto it = pets.find(id);
  if (it == pets.end())
    throw HttpError(404, "no pet has id " + std::to_string(id));
  return it->second;
}

Order &Store::order(const std::string &id) {
  auto it = orders.find(id);
  if (it == orders.end())
    throw HttpError(404, "no order has id " + id);
  return it->second;
}

User &Store::user(const std::string &username) {
  auto it = users.find(username);
  if (it == users.end())
    throw HttpError(404, "no customer is called " + username);
  return it->second;
}

std::int64_t unix_now() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace petstore
