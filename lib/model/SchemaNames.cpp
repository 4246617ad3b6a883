//===- SchemaNames.cpp - components.schemas names -------------------------===//
#include "model/SchemaNames.h"

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

bool isSpecialisation(const Model &M) { return !M.TemplateId.empty(); }

bool isAlphanumeric(std::string_view Name) {
  return !Name.empty() && std::all_of(Name.begin(), Name.end(),
                                      [](char C) { return llvm::isAlnum(C); });
}

/// The name from the whole qualified id, when a shorter one clashes.
std::string qualifiedName(const Model &M) {
  std::string Name = alphanumericName(M.Id);
  return Name.empty() ? "Model" : Name;
}

/// The name a type that is not a specialisation asks for before clashes
/// between the results are settled. An unqualified name is only safe when
/// no other model could claim it, by its own unqualified name or by an
/// explicit `name=`.
std::string preferredName(const Model &M,
                          const std::multiset<std::string> &Unqualified,
                          const std::set<std::string> &Explicit) {
  if (isAlphanumeric(M.UnqualifiedName) &&
      Unqualified.count(M.UnqualifiedName) == 1 &&
      !Explicit.count(M.UnqualifiedName))
    return M.UnqualifiedName;
  return qualifiedName(M);
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

/// Settles the names of the specialisations, which are built from other
/// models' names: `Page<v2::Pet>` is `Page` and whatever `v2::Pet` is
/// called. An argument's id is part of its specialisation's, so settling
/// the shorter ids first settles every argument before its user.
class SpecialisationNamer {
public:
  SpecialisationNamer(const std::vector<const Model *> &ById) {
    for (const Model *M : ById)
      if (isSpecialisation(*M))
        TemplatesByName[M->UnqualifiedName].insert(M->TemplateId);
  }

  /// The template's name, then each argument's; the template's qualified
  /// name when two templates of one name are in use (`v1::Page<Pet>`).
  std::string name(const Model &M,
                   const std::map<std::string, std::string> &Names) const {
    std::string Name = TemplatesByName.at(M.UnqualifiedName).size() == 1
                           ? M.UnqualifiedName
                           : alphanumericName(M.TemplateId);
    for (const NameWord &Word : M.Arguments) {
      auto Named = Word.ModelId.empty() ? Names.end() : Names.find(Word.ModelId);
      Name += Named != Names.end() ? Named->second : Word.Text;
    }
    return Name;
  }

private:
  std::map<std::string, std::set<std::string>> TemplatesByName;
};

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
    else if (!isSpecialisation(*M))
      Unqualified.insert(M->UnqualifiedName);
  }

  // Explicit names are settled first: the user chose them, so a derived name
  // that happens to collide is the one that gets a suffix. A type's own name
  // comes before the names derived from a template's.
  std::map<std::string, std::string> Names;
  std::set<std::string> Taken;
  auto Settle = [&](const Model &M, const std::string &Preferred) {
    std::string Name = firstFree(Preferred, Taken);
    Taken.insert(Name);
    Names.emplace(M.Id, std::move(Name));
  };
  for (const Model *M : ById)
    if (!M->ExplicitName.empty())
      Settle(*M, M->ExplicitName);
  for (const Model *M : ById)
    if (M->ExplicitName.empty() && !isSpecialisation(*M))
      Settle(*M, preferredName(*M, Unqualified, Explicit));

  std::vector<const Model *> Specialisations;
  for (const Model *M : ById)
    if (!Names.count(M->Id))
      Specialisations.push_back(M);
  std::stable_sort(Specialisations.begin(), Specialisations.end(),
                   [](const Model *A, const Model *B) { return A->Id.size() < B->Id.size(); });
  const SpecialisationNamer Namer(ById);
  for (const Model *M : Specialisations) {
    std::string Name = Namer.name(*M, Names);
    if (!isAlphanumeric(Name) || Taken.count(Name))
      Name = qualifiedName(*M);
    Settle(*M, Name);
  }
  return Names;
}

} // namespace apigw
