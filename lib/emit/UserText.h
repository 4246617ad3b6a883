//===- UserText.h - The one door user text enters the document by ---------===//
//
// The placeholders rule (docs/design.md): in the output every `${identifier}`
// is a Terraform placeholder and nothing else is, so literal `${` / `%{` from
// the user's text are escaped for templatefile() (TemplateText.h). Every string
// the emitters copy from the representation into the document passes through
// here.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <string>
#include <string_view>
#include <vector>

namespace apigw {

/// A string from the user's annotations or sources, ready for the document.
std::string userText(std::string_view Text);

/// The same for each element of a list (tags, ARNs, servers...).
std::vector<std::string> userText(const std::vector<std::string> &Texts);

/// The same for every string in a JSON value from the user (a schema, its
/// examples and defaults), object keys included.
Schema userJson(const Schema &Value);

} // namespace apigw
