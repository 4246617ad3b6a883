// The schema-agreement API (agreement.sh): one model per kind of type and
// constraint the scanner maps, and handlers that answer with what they were
// given, so that what the generated router reads and writes can be checked
// against the published schemas by independent tools (Ajv, json-schema-faker).
#pragma once

#include <apigw/annotations.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace catalog {

inline constexpr int api APIGW_API APIGW_TITLE("Catalog") = 0;

enum class Color { red, green, blue };

enum class Size { Small APIGW_JSON_NAME("S"), Large APIGW_JSON_NAME("L") };

enum class Phase { Draft, Live };
NLOHMANN_JSON_SERIALIZE_ENUM(Phase, {{Phase::Draft, "draft"}, {Phase::Live, "live"}})

struct Dimensions {
  APIGW_EXCLUSIVE_MIN(0) APIGW_MAX(1000) double width = 1;
  APIGW_MIN(0) APIGW_EXCLUSIVE_MAX(500) double height = 0;
};

// A tree of parts: a recursive model.
struct Part {
  APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(20) std::string name;
  APIGW_MAX_ITEMS(3) std::optional<std::vector<Part>> parts;
};

struct Item {
  APIGW_JSON_NAME("SKU") APIGW_PATTERN("^[A-Z]{3}-[0-9]{1,6}$") std::string sku;
  APIGW_MIN_LENGTH(2) APIGW_MAX_LENGTH(40) std::string title;
  std::optional<std::string> note;
  APIGW_MIN(-5) APIGW_MAX(5) std::int32_t rating = 0;
  APIGW_MIN(0) APIGW_MAX(100000) APIGW_MULTIPLE_OF(5) std::int64_t quantity = 0;
  std::uint8_t level = 0;
  APIGW_MULTIPLE_OF(0.25) double weight = 0;
  bool active = false;
  Color color = Color::red;
  Size size = Size::Small;
  Phase phase = Phase::Draft;
  Dimensions dimensions;
  APIGW_MIN_ITEMS(1) APIGW_MAX_ITEMS(4) APIGW_UNIQUE_ITEMS std::vector<std::string> tags;
  std::map<std::string, std::int32_t> stock;
  std::variant<std::int64_t, std::string> code;
  std::chrono::system_clock::time_point updated;
  std::vector<std::byte> thumbnail;
  std::optional<Part> assembly;
  APIGW_OPTIONAL APIGW_DEFAULT(1) std::int32_t revision = 1;
};

/// Stores an item: answers with the item as the router read it.
APIGW_PUT("/items")
APIGW_LAMBDA("${catalog_function}")
Item put_item(const Item& item);

/// What find_items was given, each member named as its parameter.
struct Search {
  std::int32_t shelf = 0;
  APIGW_JSON_NAME("q") std::string query;
  APIGW_JSON_NAME("id") std::vector<std::int32_t> ids;
  APIGW_JSON_NAME("X-Trace") std::optional<std::string> trace;
  Color color = Color::red;
  bool exact = false;
  double ratio = 0;
};

/// Searches a shelf: answers with the parameters as the router converted them.
APIGW_GET("/shelves/{shelf}/items")
APIGW_LAMBDA("${catalog_function}")
Search find_items(APIGW_MIN(1) APIGW_MAX(99) std::int32_t shelf,
                  APIGW_NAME("q") APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(8) APIGW_PATTERN("^[a-z]*$") std::string query,
                  APIGW_NAME("id") APIGW_MAX_ITEMS(3) APIGW_UNIQUE_ITEMS std::vector<std::int32_t> ids,
                  APIGW_HEADER("X-Trace") APIGW_MIN_LENGTH(4) std::optional<std::string> trace,
                  Color color = Color::green, bool exact = false,
                  APIGW_EXCLUSIVE_MIN(0) APIGW_MAX(1) double ratio = 0.5);

}  // namespace catalog
