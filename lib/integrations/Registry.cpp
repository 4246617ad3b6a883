//===- Registry.cpp - Every integration kind, in one table ----------------===//
#include "integrations/Registry.h"

#include "model/Registered.h"

#include <algorithm>

namespace apigw {

#define INTEGRATION_KIND(Accessor) const IntegrationKind &Accessor();
#include "integrations/IntegrationKinds.def"

const std::vector<const IntegrationKind *> &integrationKinds() {
  static const std::vector<const IntegrationKind *> Kinds = {
#define INTEGRATION_KIND(Accessor) &Accessor(),
#include "integrations/IntegrationKinds.def"
  };
  return Kinds;
}

const IntegrationKind *findIntegrationKind(std::string_view Name) {
  return findRegistered(integrationKinds(), &IntegrationKind::name, Name);
}

const IntegrationKind &kindOf(const Integration &I) {
  const IntegrationKind *Kind = findIntegrationKind(I.Kind);
  assert(Kind && "integration kinds are checked when read");
  return *Kind;
}

std::optional<ChosenKind> kindChosenBy(std::string_view Key) {
  for (const IntegrationKind *Kind : integrationKinds())
    for (const ChoosingKey &Choosing : Kind->choosingKeys())
      if (Choosing.Name == Key)
        return ChosenKind{*Kind, Choosing};
  return std::nullopt;
}

std::string_view optionOwner(std::string_view Key) {
  for (const IntegrationKind *Kind : integrationKinds()) {
    auto Options = Kind->optionKeys();
    if (std::find(Options.begin(), Options.end(), Key) != Options.end())
      return Kind->choosingKeys().front().Name;
  }
  return "";
}

} // namespace apigw
