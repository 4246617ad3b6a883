// The dispatch benchmarks of issue 13 (docs/performance.md, "Runtime"): one
// program per dispatcher, each measuring its dispatcher on one route's event
// (BENCH_ROUTE_FILE, an events/ file) and, beside it, the floor: nlohmann's
// parse and dump of the same event, with no routing. bench/runtime.sh runs the
// programs in turns and divides the figures.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "route_events.hpp"
#include "subject.hpp"

namespace {

int status_of(const std::string& response) { return nlohmann::json::parse(response).at("statusCode").get<int>(); }

// Sends `event` once and checks its status, so that no benchmark measures an
// error path (a 400 from validation is much cheaper than the route's work).
void check(const bench::Event& event) {
  const std::string response = bench::answer(event.text);
  if (status_of(response) != event.expected_status)
    throw std::runtime_error("expected status " + std::to_string(event.expected_status) + ", got " + response);
}

const bench::Event& measured_event() {
  static const bench::Event event = [] {
    bench::RouteEvents events = bench::read_route_events(BENCH_ROUTE_FILE);
    for (const bench::Event& prepare : events.prepare) check(prepare);
    check(events.event);
    return events.event;
  }();
  return event;
}

void dispatch(benchmark::State& state) {
  const std::string& event = measured_event().text;
  for (auto _ : state) {
    std::string response = bench::answer(event);
    benchmark::DoNotOptimize(response);
  }
  state.counters["event_bytes"] = static_cast<double>(event.size());
}

void floor_parse_dump(benchmark::State& state) {
  const std::string& event = measured_event().text;
  for (auto _ : state) {
    std::string text = nlohmann::json::parse(event).dump();
    benchmark::DoNotOptimize(text);
  }
  state.counters["event_bytes"] = static_cast<double>(event.size());
}

// The floor plus what no dispatcher on nlohmann/json avoids either: parsing
// the body, which the event carries as a string, and writing a response whose
// body has the same JSON. What dispatch costs beyond this is its own: the
// request's maps, the body's conversion to and from C++ types, validation.
void floor_with_body(benchmark::State& state) {
  const std::string& event = measured_event().text;
  for (auto _ : state) {
    const nlohmann::json parsed = nlohmann::json::parse(event);
    const nlohmann::json body = nlohmann::json::parse(parsed.at("body").get_ref<const std::string&>());
    const nlohmann::json response = {{"statusCode", 200},
                                     {"headers", {{"Content-Type", "application/json"}}},
                                     {"body", body.dump()},
                                     {"isBase64Encoded", false}};
    std::string text = response.dump();
    benchmark::DoNotOptimize(text);
  }
  state.counters["event_bytes"] = static_cast<double>(event.size());
}

BENCHMARK(dispatch);
BENCHMARK(floor_parse_dump);
BENCHMARK(floor_with_body);

}  // namespace
