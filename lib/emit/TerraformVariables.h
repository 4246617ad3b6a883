//===- TerraformVariables.h - The placeholders a document needs -----------===//
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace apigw {

/// Placeholder name -> where the document uses it ("GET /pets integration
/// uri", "security scheme cognito providerARNs"...), in document order,
/// each place once.
using PlaceholderUses = std::map<std::string, std::vector<std::string>>;

/// Every `${identifier}` in `Doc`'s strings and keys (TemplateText.h), with
/// where it is used. A pure function of the emitted document.
PlaceholderUses collectPlaceholders(const nlohmann::ordered_json &Doc);

/// Adds `From`'s uses to `Into`'s (a second document, the public spec).
void mergePlaceholders(PlaceholderUses &Into, const PlaceholderUses &From);

/// A variables.tf-style file: one `variable "<name>"` block per placeholder,
/// sorted by name, `type = string`, and a description naming where it is
/// used (the first few places, then how many more).
std::string renderTerraformVariables(const PlaceholderUses &Uses);

} // namespace apigw
