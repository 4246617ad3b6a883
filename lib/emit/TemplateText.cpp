//===- TemplateText.cpp - The document as a Terraform template ------------===//
#include "emit/TemplateText.h"

namespace apigw {

namespace {

bool isAsciiLetter(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z');
}

bool isAsciiDigit(char C) { return C >= '0' && C <= '9'; }

/// The length of the `${identifier}` at `At`, or 0 when there is none.
size_t placeholderLength(std::string_view Text, size_t At) {
  if (Text.substr(At, 2) != "${")
    return 0;
  size_t Close = Text.find('}', At + 2);
  if (Close == std::string_view::npos ||
      !isPlaceholderName(Text.substr(At + 2, Close - At - 2)))
    return 0;
  return Close + 1 - At;
}

/// `$${` or `%%{` at `At`: Terraform's escape of the sigil's opening.
bool isEscapeAt(std::string_view Text, size_t At) {
  char Sigil = Text[At];
  return (Sigil == '$' || Sigil == '%') && At + 2 < Text.size() &&
         Text[At + 1] == Sigil && Text[At + 2] == '{';
}

/// `${` or `%{` at `At`: what opens an interpolation or a directive.
bool isOpeningAt(std::string_view Text, size_t At) {
  char Sigil = Text[At];
  return (Sigil == '$' || Sigil == '%') && At + 1 < Text.size() &&
         Text[At + 1] == '{';
}

} // namespace

bool isPlaceholderName(std::string_view Name) {
  if (Name.empty() || !(isAsciiLetter(Name[0]) || Name[0] == '_'))
    return false;
  for (char C : Name)
    if (!(isAsciiLetter(C) || isAsciiDigit(C) || C == '_' || C == '-'))
      return false;
  return true;
}

void scanTemplate(std::string_view Text,
                  const std::function<void(const TemplatePiece &)> &Visit) {
  std::string Literal;
  auto Flush = [&] {
    if (!Literal.empty())
      Visit({TemplatePiece::Literal, std::move(Literal)});
    Literal.clear();
  };
  for (size_t I = 0; I < Text.size();) {
    if (isEscapeAt(Text, I)) {
      Literal += Text[I];
      Literal += '{';
      I += 3;
    } else if (size_t Length = placeholderLength(Text, I)) {
      Flush();
      Visit({TemplatePiece::Placeholder,
             std::string(Text.substr(I + 2, Length - 3))});
      I += Length;
    } else if (isOpeningAt(Text, I)) {
      Flush();
      Visit({TemplatePiece::Unescaped, std::string(Text.substr(I, 2))});
      I += 2;
    } else {
      Literal += Text[I++];
    }
  }
  Flush();
}

std::string escapeTemplateText(std::string_view Text) {
  // Fast path: most text has neither sigil followed by a brace.
  if (Text.find("{") == std::string_view::npos)
    return std::string(Text);
  std::string Out;
  Out.reserve(Text.size() + 8);
  for (size_t I = 0; I < Text.size();) {
    if (isEscapeAt(Text, I)) {
      Out.append(Text.substr(I, 3));
      I += 3;
    } else if (size_t Length = placeholderLength(Text, I)) {
      Out.append(Text.substr(I, Length));
      I += Length;
    } else if (isOpeningAt(Text, I)) {
      Out += Text[I];
      Out.append(Text.substr(I, 2));
      I += 2;
    } else {
      Out += Text[I++];
    }
  }
  return Out;
}

} // namespace apigw
