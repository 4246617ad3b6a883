//===- JsonDepth.cpp ------------------------------------------------------===//
#include "model/JsonDepth.h"

#include <algorithm>

namespace apigw {

unsigned jsonNestingDepth(std::string_view Text) {
  unsigned Depth = 0, Deepest = 0;
  bool InString = false, Escaped = false;
  for (char C : Text) {
    if (InString) {
      if (Escaped)
        Escaped = false;
      else if (C == '\\')
        Escaped = true;
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      Deepest = std::max(Deepest, ++Depth);
    } else if ((C == ']' || C == '}') && Depth > 0) {
      --Depth;
    }
  }
  return Deepest;
}

llvm::Error checkJsonDepth(std::string_view Text, unsigned MaxDepth) {
  if (jsonNestingDepth(Text) <= MaxDepth)
    return llvm::Error::success();
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "JSON nested more than " + llvm::Twine(MaxDepth) +
                                     " levels deep");
}

} // namespace apigw
