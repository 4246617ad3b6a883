#include "apigw/resource_matcher.hpp"

#include <algorithm>

namespace apigw {
namespace {

// "/a/b/" → {"a", "b"}; "/" → {}. One trailing slash is ignored.
std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> parts;
  if (path.starts_with('/')) path.remove_prefix(1);
  if (path.ends_with('/')) path.remove_suffix(1);
  while (!path.empty()) {
    std::size_t slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
  }
  return parts;
}

std::string join(const std::vector<std::string_view>& parts, std::size_t from) {
  std::string text;
  for (std::size_t i = from; i < parts.size(); ++i) {
    if (i > from) text += '/';
    text += parts[i];
  }
  return text;
}

}  // namespace

ResourceMatcher::ResourceMatcher(const std::vector<std::string>& templates) {
  for (const std::string& resource : templates) templates_.push_back(parse(resource));
  // Best first, so the first match wins; the resource text breaks ties.
  std::sort(templates_.begin(), templates_.end(), [](const Template& a, const Template& b) {
    if (ranks_before(a, b)) return true;
    if (ranks_before(b, a)) return false;
    return a.resource < b.resource;
  });
}

ResourceMatcher::Template ResourceMatcher::parse(const std::string& resource) {
  Template parsed{resource, {}};
  for (std::string_view part : split_path(resource)) {
    if (part.size() > 2 && part.front() == '{' && part.back() == '}') {
      std::string_view name = part.substr(1, part.size() - 2);
      bool greedy = name.ends_with('+');
      if (greedy) name.remove_suffix(1);
      parsed.segments.push_back({greedy ? Kind::greedy : Kind::parameter, std::string(name)});
    } else {
      parsed.segments.push_back({Kind::literal, std::string(part)});
    }
  }
  return parsed;
}

// Compares the segments' kinds in order (literal < parameter < greedy); of two
// templates that match the same path, the first to differ decides.
bool ResourceMatcher::ranks_before(const Template& a, const Template& b) {
  return std::lexicographical_compare(a.segments.begin(), a.segments.end(), b.segments.begin(), b.segments.end(),
                                      [](const Segment& x, const Segment& y) { return x.kind < y.kind; });
}

bool ResourceMatcher::matches(const Template& candidate, const std::vector<std::string_view>& parts) {
  const auto& segments = candidate.segments;
  bool greedy = !segments.empty() && segments.back().kind == Kind::greedy;
  if (greedy ? parts.size() < segments.size() : parts.size() != segments.size()) return false;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (parts[i].empty()) return false;
    if (segments[i].kind == Kind::literal && segments[i].text != parts[i]) return false;
  }
  return true;
}

std::optional<ResourceMatch> ResourceMatcher::match(std::string_view path) const {
  std::vector<std::string_view> parts = split_path(path);
  for (const Template& candidate : templates_) {
    if (!matches(candidate, parts)) continue;
    ResourceMatch found{candidate.resource, {}};
    for (std::size_t i = 0; i < candidate.segments.size(); ++i) {
      const Segment& segment = candidate.segments[i];
      if (segment.kind == Kind::parameter) found.path_parameters.emplace(segment.text, parts[i]);
      if (segment.kind == Kind::greedy) found.path_parameters.emplace(segment.text, join(parts, i));
    }
    return found;
  }
  return std::nullopt;
}

}  // namespace apigw
