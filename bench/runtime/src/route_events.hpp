// The API Gateway events the dispatch benchmarks send, built from a route file
// of events/ (what differs between routes) and events/envelope.json (what a REST
// proxy event carries besides: headers, request context...).
#pragma once

#include <string>
#include <vector>

namespace bench {

struct Event {
  std::string text;     // the event as Lambda passes it: compact JSON
  int expected_status;  // the statusCode the route answers it with
};

struct RouteEvents {
  Event event;                 // the one the benchmarks measure
  std::vector<Event> prepare;  // sent once before, to create what it needs
};

// Reads <route_file> and the envelope.json beside it.
RouteEvents read_route_events(const std::string& route_file);

}  // namespace bench
