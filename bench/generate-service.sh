#!/usr/bin/env bash
# Writes a synthetic C++ service for benchmarks: N translation units, the
# first H of which hold annotated handlers (routes-per-unit pairs of routes:
# GET one item, POST a batch of items). Every unit includes nlohmann/json.hpp
# and the usual standard headers and has real function bodies, as Lambda code
# does. A shared header holds the models.
#
# With --handler-headers, the annotated declarations go into one header per
# unit (include/service/unitN.hpp) and the units define the handlers, as a
# generated router needs (it includes the headers; docs/runtime.md); the
# service also gets call_every_handler.cpp, a unit that includes the same
# headers and calls every handler once (bench/runtime.sh compares the router's
# compile time with it).
#
# usage: generate-service.sh <dir> <units> <units-with-handlers> [routes-per-unit] [--handler-headers]
set -euo pipefail
dir=$1 units=$2 handlers=$3 routes=${4:-3} headers=${5:-}
[ -z "$headers" ] || [ "$headers" = --handler-headers ] || { echo "unknown option $headers" >&2; exit 2; }
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

# The handlers of pair r of unit i, in three parts: the annotations, the
# signature (with its default arguments, or without them for a definition
# whose declaration is in a header) and the body after its opening brace.
get_annotations() { # <i> <r>
  cat <<CPP
/// Get item $2 of unit $1.
APIGW_GET("/u$1/r$2/items/{item_id}") APIGW_LAMBDA("\${unit$1_fn}") APIGW_TAGS("unit$1")
CPP
}
get_signature() { # <i> <r>
  echo "Item get_item_u$1_$2(std::int64_t item_id, std::optional<std::string> fields)"
}
get_body() {
  cat <<'CPP'
  auto it = store.find(item_id);
  return it == store.end() ? Item{} : it->second;
}
CPP
}
post_annotations() { # <i> <r>
  cat <<CPP
/// Store a batch of items, $2 of unit $1.
APIGW_POST("/u$1/r$2/batches/{batch_id}/items") APIGW_LAMBDA("\${unit$1_fn}") APIGW_STATUS(201)
CPP
}
post_signature() { # <i> <r> <with-defaults: 1|0>
  local limit="int limit" fields="std::optional<std::string> fields"
  [ "$3" = 1 ] && limit+=" = 10" && fields+=" = std::nullopt"
  echo "Page put_items_u$1_$2(std::int64_t batch_id, const std::vector<Item> &items, $limit, $fields)"
}
post_body() {
  cat <<'CPP'
  Page page;
  for (const Item &item : items)
    if (static_cast<int>(page.items.size()) < limit)
      page.items.push_back(item);
  page.next = fields;
  return page;
}
CPP
}

# include/service/unit<i>.hpp: the annotated declarations (--handler-headers).
handler_header() { # <i>
  local i=$1
  cat <<CPP
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include <apigw/annotations.hpp>
#include "service/models.hpp"

namespace service::unit$i {
CPP
  for r in $(seq 1 "$routes"); do
    echo
    get_annotations "$i" "$r"; echo "$(get_signature "$i" "$r");"
    echo
    post_annotations "$i" "$r"; echo "$(post_signature "$i" "$r" 1);"
  done
  echo "} // namespace service::unit$i"
}

unit() { # <index> <with-handlers>
  local i=$1 annotated=$2
  local own_header=""
  [ "$annotated" = 1 ] && [ -n "$headers" ] && own_header="#include \"service/unit$i.hpp\""
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
$own_header

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
    # Annotated definitions, unless a header declares them.
    local defaults=1
    [ -n "$headers" ] && defaults=0
    for r in $(seq 1 "$routes"); do
      echo
      [ "$defaults" = 1 ] && get_annotations "$i" "$r"
      echo "$(get_signature "$i" "$r") {"; get_body
      echo
      [ "$defaults" = 1 ] && post_annotations "$i" "$r"
      echo "$(post_signature "$i" "$r" "$defaults") {"; post_body
    done
  fi
  echo "} // namespace service::unit$i"
}

# A unit that includes the handler headers and calls every handler once: the
# yardstick for the generated router's compile time.
call_every_handler() {
  for i in $(seq 1 "$handlers"); do echo "#include \"service/unit$i.hpp\""; done
  echo
  echo "void call_every_handler() {"
  for i in $(seq 1 "$handlers"); do
    for r in $(seq 1 "$routes"); do
      echo "  (void)service::unit$i::get_item_u${i}_$r(1, std::nullopt);"
      echo "  (void)service::unit$i::put_items_u${i}_$r(1, {}, 10, std::nullopt);"
    done
  done
  echo "}"
}

if [ -n "$headers" ]; then
  for i in $(seq 1 "$handlers"); do handler_header "$i" > "$dir/include/service/unit$i.hpp"; done
  call_every_handler > "$dir/call_every_handler.cpp"
fi

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
