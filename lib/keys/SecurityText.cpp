//===- SecurityText.cpp ---------------------------------------------------===//
#include "keys/SecurityText.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>

namespace apigw {

std::optional<std::vector<SecurityRequirement>> parseSecurity(const Annotations &Keys,
                                                              Diagnostics &Diags) {
  std::vector<const Annotation *> Entries = findAll(Keys, "security");
  if (Entries.empty())
    return std::nullopt;
  std::vector<SecurityRequirement> Requirements;
  const Annotation *None = nullptr;
  for (const Annotation *A : Entries) {
    auto [Name, Scopes] = llvm::StringRef(*A->Value).split(':');
    Name = Name.trim();
    if (Name == "none") {
      None = A;
      continue;
    }
    if (Name.empty()) {
      Diags.push_back({A->Loc, Severity::Error,
                       "invalid value for 'security': expected '<authorizer>[:<scope> ...]'", {}});
      continue;
    }
    SecurityRequirement R{Name.str(), {}, A->Loc};
    llvm::SmallVector<llvm::StringRef> Parts;
    Scopes.split(Parts, ' ', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef Scope : Parts)
      R.Scopes.push_back(Scope.str());
    Requirements.push_back(std::move(R));
  }
  if (None && !Requirements.empty())
    Diags.push_back({None->Loc, Severity::Error,
                     "'security=none' cannot be combined with other 'security=' entries", {}});
  return Requirements;
}

} // namespace apigw
