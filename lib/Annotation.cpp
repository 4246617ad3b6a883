//===- Annotation.cpp -----------------------------------------------------===//
#include "Annotation.h"

namespace apigw {

const Annotation *findKey(const Annotations &List, std::string_view Key) {
  for (const Annotation &A : List)
    if (A.Key == Key)
      return &A;
  return nullptr;
}

std::vector<const Annotation *> findAll(const Annotations &List, std::string_view Key) {
  std::vector<const Annotation *> Found;
  for (const Annotation &A : List)
    if (A.Key == Key)
      Found.push_back(&A);
  return Found;
}

std::string valueOf(const Annotations &List, std::string_view Key) {
  const Annotation *A = findKey(List, Key);
  return A && A->Value ? *A->Value : std::string();
}

} // namespace apigw
