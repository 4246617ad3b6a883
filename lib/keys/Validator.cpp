//===- Validator.cpp ------------------------------------------------------===//
#include "keys/Validator.h"

namespace apigw {

std::string readValidator(const Annotations &Keys, Diagnostics &Diags) {
  const Annotation *A = findKey(Keys, "validate");
  return A ? valueAmong(*A, {"all", "body", "params", "none"}, Diags).value_or("") : "";
}

} // namespace apigw
