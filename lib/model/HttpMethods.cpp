//===- HttpMethods.cpp - Route methods in their canonical order -----------===//
#include "model/HttpMethods.h"

#include <llvm/ADT/StringExtras.h>

#include <algorithm>
#include <array>

namespace apigw {

unsigned methodRank(std::string_view Method) {
  static constexpr std::array<std::string_view, 8> Order = {
      "get", "put", "post", "delete", "options", "head", "patch", "any"};
  return static_cast<unsigned>(std::find(Order.begin(), Order.end(), Method) -
                               Order.begin());
}

std::string upperMethod(std::string_view Method) {
  return llvm::StringRef(Method).upper();
}

std::string routeName(std::string_view Method, std::string_view Path) {
  return upperMethod(Method) + " " + std::string(Path);
}

} // namespace apigw
