//===- TemplateText.h - The document as a Terraform template --------------===//
//
// The placeholders rule (docs/design.md): the document is rendered by
// Terraform's templatefile(), so every `${identifier}` in it is a placeholder
// and nothing else may start an interpolation (`${`) or a directive (`%{`).
// These functions read text the way Terraform's template scanner (hclsyntax)
// does: `$${` and `%%{` are its escapes for a literal `${` and `%{`.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace apigw {

/// A Terraform identifier as placeholders use it: an ASCII letter or `_`,
/// then letters, digits, `_` and `-`.
bool isPlaceholderName(std::string_view Name);

/// `Text` made safe for templatefile(): `${identifier}` is kept (a
/// placeholder), `$${` and `%%{` are kept (already Terraform's escapes),
/// every other `${` becomes `$${` and every `%{` becomes `%%{`. Idempotent.
std::string escapeTemplateText(std::string_view Text);

/// What a template scan finds, in order.
struct TemplatePiece {
  enum Kind {
    Literal,     ///< Text, escapes already resolved (`$${` gives `${`).
    Placeholder, ///< `${identifier}`; Text is the identifier.
    Unescaped,   ///< A `${` or `%{` that is neither: templatefile would fail.
  } What;
  std::string Text;
};

/// Splits `Text` the way templatefile reads it (see TemplatePiece).
void scanTemplate(std::string_view Text,
                  const std::function<void(const TemplatePiece &)> &Visit);

} // namespace apigw
