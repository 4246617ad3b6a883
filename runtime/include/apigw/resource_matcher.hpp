// Finds the resource template a concrete path belongs to, as API Gateway does
// before it calls a Lambda: the local server needs it, a Lambda never does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "apigw/proxy_event.hpp"

namespace apigw {

struct ResourceMatch {
  std::string resource;       // "/pets/{pet_id}"
  StringMap path_parameters;  // {"pet_id": "42"}; a greedy {proxy+} takes the rest of the path
};

class ResourceMatcher {
 public:
  explicit ResourceMatcher(const std::vector<std::string>& templates);

  // The best template for `path`: where templates differ, a literal segment
  // beats a {parameter}, which beats a greedy {name+} (which takes one or more
  // segments, and only last). std::nullopt when none matches.
  std::optional<ResourceMatch> match(std::string_view path) const;

 private:
  enum class Kind { literal, parameter, greedy };
  struct Segment {
    Kind kind;
    std::string text;  // the literal, or the parameter's name
  };
  struct Template {
    std::string resource;
    std::vector<Segment> segments;
  };

  static Template parse(const std::string& resource);
  static bool matches(const Template& candidate, const std::vector<std::string_view>& parts);
  static bool ranks_before(const Template& a, const Template& b);

  std::vector<Template> templates_;
};

}  // namespace apigw
