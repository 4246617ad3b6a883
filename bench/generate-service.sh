#!/usr/bin/env bash
# Writes a synthetic C++ service for benchmarks: N translation units, the
# first H of which hold annotated handlers. Every unit includes
# nlohmann/json.hpp and the usual standard headers and has real function
# bodies, as Lambda code does. A shared header holds the models.
#
# usage: generate-service.sh <dir> <units> <units-with-handlers> [routes-per-unit]
set -euo pipefail
dir=$1 units=$2 handlers=$3 routes=${4:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$dir" && mkdir -p "$dir/src" "$dir/include/service"

cat > "$dir/include/service/models.hpp" <<'HPP'
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>

namespace service {
/// An item of the catalogue.
struct Item {
  std::int64_t id;
  std::string name;
  std::optional<std::string> description;
  std::vector<std::string> tags;
  std::map<std::string, double> prices;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Item, id, name, tags, prices)

struct Page {
  std::vector<Item> items;
  std::optional<std::string> next;
};
} // namespace service
HPP

unit() { # <index> <with-handlers>
  local i=$1 annotated=$2
  cat <<CPP
#include <algorithm>
#include <numeric>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>
#include <nlohmann/json.hpp>
#include <apigw/annotations.hpp>
#include "service/models.hpp"

namespace service::unit$i {
namespace {
std::unordered_map<std::int64_t, Item> store;

double total(const Item &item) {
  return std::accumulate(item.prices.begin(), item.prices.end(), 0.0,
                         [](double sum, const auto &price) { return sum + price.second; });
}

std::string render(const std::vector<Item> &items) {
  nlohmann::json out = nlohmann::json::array();
  for (const Item &item : items) {
    nlohmann::json j = item;
    j["total"] = total(item);
    out.push_back(std::move(j));
  }
  return out.dump();
}
} // namespace

std::string handle(const std::string &body) {
  auto request = nlohmann::json::parse(body);
  std::vector<Item> items;
  for (const auto &entry : request.at("items"))
    items.push_back(entry.get<Item>());
  std::sort(items.begin(), items.end(),
            [](const Item &a, const Item &b) { return a.name < b.name; });
  for (const Item &item : items)
    store[item.id] = item;
  std::ostringstream log;
  log << "stored " << items.size() << " items";
  return render(items) + log.str();
}
CPP
  if [ "$annotated" = 1 ]; then
    for r in $(seq 1 "$routes"); do
      cat <<CPP

/// Get item $r of unit $i.
APIGW_GET("/u$i/r$r/items/{item_id}") APIGW_LAMBDA("\${unit${i}_fn}") APIGW_TAGS("unit$i")
Item get_item_u${i}_${r}(std::int64_t item_id, std::optional<std::string> fields) {
  auto it = store.find(item_id);
  return it == store.end() ? Item{} : it->second;
}

APIGW_POST("/u$i/r$r/items") APIGW_LAMBDA("\${unit${i}_fn}") APIGW_STATUS(201)
Page put_items_u${i}_${r}(const std::vector<Item> &items, int limit = 10) {
  Page page;
  for (const Item &item : items)
    if (static_cast<int>(page.items.size()) < limit)
      page.items.push_back(item);
  return page;
}
CPP
    done
  fi
  echo "} // namespace service::unit$i"
}

commands="["
for i in $(seq 1 "$units"); do
  annotated=0
  [ "$i" -le "$handlers" ] && annotated=1
  unit "$i" "$annotated" > "$dir/src/unit$i.cpp"
  [ "$i" -gt 1 ] && commands+=","
  commands+="
  {\"directory\": \"$dir\", \"file\": \"$dir/src/unit$i.cpp\",
   \"command\": \"/usr/bin/c++ -std=c++20 -O2 -I$dir/include -I$repo/annotations -c $dir/src/unit$i.cpp -o unit$i.o\"}"
done
echo "$commands
]" > "$dir/compile_commands.json"

# The same service as a CMake project using clang-apigw's module, for the
# incremental re-scan figure.
cat > "$dir/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(bench_service LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
file(GLOB sources CONFIGURE_DEPENDS src/*.cpp)
add_library(service STATIC \${sources})
target_include_directories(service PRIVATE include $repo/annotations)
include($repo/cmake/ClangApigw.cmake)
apigw_add_openapi(service OUTPUT openapi.json)
CMAKE
