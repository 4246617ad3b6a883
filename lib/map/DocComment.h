//===- DocComment.h - A declaration's documentation -----------------------===//
#pragma once

#include <clang/AST/Decl.h>

#include <string>

namespace apigw {

/// The doc comment (`///`, `/** */`) attached to `D`, without comment
/// markers; paragraphs are separated by a blank line. "" when there is none.
std::string docComment(const clang::Decl &D);

/// The first paragraph of `Text` and the rest.
std::pair<std::string, std::string> splitFirstParagraph(const std::string &Text);

} // namespace apigw
