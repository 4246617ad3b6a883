//===- PathTemplate.h - API Gateway resource paths ------------------------===//
#pragma once

#include <llvm/Support/Error.h>

#include <string>
#include <string_view>
#include <vector>

namespace apigw {

struct PathParam {
  std::string Name; ///< Without braces and without the greedy `+`.
  bool Greedy = false;
};

struct PathTemplate {
  std::string Text; ///< As written, e.g. `/files/{key+}`.
  std::vector<PathParam> Params;
};

/// Checks a route path the way API Gateway's import does: it starts with `/`,
/// has no empty segment, no trailing `/` (except the root), no query or
/// fragment, a `{param}` fills a whole segment, names are unique, and only the
/// last segment may be greedy (`{name+}`).
llvm::Expected<PathTemplate> parsePath(std::string_view Text);

/// The names a URI or S3 object-key template refers to as `{name}` or
/// `{name+}` (the `+` dropped); a Terraform `${placeholder}` is not one.
std::vector<std::string> templateNames(std::string_view Text);

} // namespace apigw
