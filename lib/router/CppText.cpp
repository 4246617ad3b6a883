//===- CppText.cpp - Text that generated C++ sources are made of ----------===//
#include "router/CppText.h"

#include <cstdio>

namespace apigw {

std::string cppStringLiteral(std::string_view Text) {
  std::string Literal = "\"";
  for (char C : Text) {
    const auto Byte = static_cast<unsigned char>(C);
    if (C == '"' || C == '\\') {
      Literal += '\\';
      Literal += C;
    } else if (Byte < 0x20 || Byte >= 0x7F) {
      char Escape[5];
      std::snprintf(Escape, sizeof Escape, "\\%03o", Byte);
      Literal += Escape;
    } else {
      Literal += C;
    }
  }
  return Literal + "\"";
}

std::string cppIdentifier(std::string_view Text) {
  std::string Name;
  for (char C : Text) {
    const bool Word = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9');
    Name += Word ? C : '_';
  }
  if (Name.empty() || (Name.front() >= '0' && Name.front() <= '9'))
    Name.insert(Name.begin(), '_');
  return Name;
}

} // namespace apigw
