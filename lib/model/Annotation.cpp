//===- Annotation.cpp -----------------------------------------------------===//
#include "model/Annotation.h"

#include <llvm/ADT/StringRef.h>

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

std::optional<std::string> valueAmong(const Annotation &A,
                                      llvm::ArrayRef<std::string_view> Allowed,
                                      Diagnostics &Diags, bool IgnoreCase) {
  const std::string Value = A.Value.value_or("");
  std::string List;
  for (std::string_view Candidate : Allowed) {
    if (Value == Candidate || (IgnoreCase && llvm::StringRef(Value).equals_insensitive(Candidate)))
      return Value;
    List += (List.empty() ? "" : ", ") + std::string(Candidate);
  }
  Diags.push_back({A.Loc, Severity::Error,
                   "invalid value for '" + A.Key + "': '" + Value + "' is not one of " + List, {}});
  return std::nullopt;
}

} // namespace apigw
