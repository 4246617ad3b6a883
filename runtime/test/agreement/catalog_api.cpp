#include "catalog_api.hpp"

#include <utility>

namespace catalog {

Item put_item(const Item& item) { return item; }

Search find_items(std::int32_t shelf, std::string query, std::vector<std::int32_t> ids,
                  std::optional<std::string> trace, Color color, bool exact, double ratio) {
  return {shelf, std::move(query), std::move(ids), std::move(trace), color, exact, ratio};
}

}  // namespace catalog
