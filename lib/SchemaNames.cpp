//===- SchemaNames.cpp - components.schemas names -------------------------===//
#include "SchemaNames.h"

#include <llvm/ADT/StringExtras.h>

#include <algorithm>
#include <set>

namespace apigw {

std::string alphanumericName(std::string_view QualifiedName) {
  std::string Name;
  bool WordStart = true;
  for (char C : QualifiedName) {
    if (!llvm::isAlnum(C)) {
      WordStart = true;
      continue;
    }
    Name += WordStart ? llvm::toUpper(C) : C;
    WordStart = false;
  }
  return Name;
}

namespace {

bool isTemplateSpecialisation(const Model &M) {
  return M.Id.find('<') != std::string::npos;
}

bool isAlphanumeric(std::string_view Name) {
  return !Name.empty() && std::all_of(Name.begin(), Name.end(),
                                      [](char C) { return llvm::isAlnum(C); });
}

/// The name a model asks for before clashes between the results are settled.
/// An unqualified name is only safe when no other model could claim it, by
/// its own unqualified name or by an explicit `name=`.
std::string preferredName(const Model &M,
                          const std::multiset<std::string> &Unqualified,
                          const std::set<std::string> &Explicit) {
  if (!M.ExplicitName.empty())
    return M.ExplicitName;
  if (!isTemplateSpecialisation(M) && isAlphanumeric(M.UnqualifiedName) &&
      Unqualified.count(M.UnqualifiedName) == 1 &&
      !Explicit.count(M.UnqualifiedName))
    return M.UnqualifiedName;
  std::string Name = alphanumericName(M.Id);
  return Name.empty() ? "Model" : Name;
}

/// `Name`, else `Name2`, `Name3`...: the first one nobody has taken yet.
std::string firstFree(const std::string &Name,
                      const std::set<std::string> &Taken) {
  if (!Taken.count(Name))
    return Name;
  for (unsigned Suffix = 2;; ++Suffix)
    if (std::string Candidate = Name + std::to_string(Suffix);
        !Taken.count(Candidate))
      return Candidate;
}

} // namespace

std::map<std::string, std::string>
assignSchemaNames(const std::vector<Model> &Models) {
  // Work in id order so that any suffixing below never depends on the order
  // the caller happened to list the models in.
  std::vector<const Model *> ById;
  for (const Model &M : Models)
    ById.push_back(&M);
  std::sort(ById.begin(), ById.end(),
            [](const Model *A, const Model *B) { return A->Id < B->Id; });

  std::multiset<std::string> Unqualified;
  std::set<std::string> Explicit;
  for (const Model *M : ById) {
    if (!M->ExplicitName.empty())
      Explicit.insert(M->ExplicitName);
    else if (!isTemplateSpecialisation(*M))
      Unqualified.insert(M->UnqualifiedName);
  }

  // Explicit names are settled first: the user chose them, so a derived name
  // that happens to collide is the one that gets a suffix.
  std::map<std::string, std::string> Names;
  std::set<std::string> Taken;
  for (bool ExplicitPass : {true, false}) {
    for (const Model *M : ById) {
      if (M->ExplicitName.empty() == ExplicitPass || Names.count(M->Id))
        continue;
      std::string Name =
          firstFree(preferredName(*M, Unqualified, Explicit), Taken);
      Taken.insert(Name);
      Names.emplace(M->Id, std::move(Name));
    }
  }
  return Names;
}

} // namespace apigw
