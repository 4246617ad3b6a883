//===- Registry.h - Every integration kind, in one table ------------------===//
#pragma once

#include "integrations/IntegrationKind.h"

#include <string_view>
#include <vector>

namespace apigw {

/// Every kind, in the order the key vocabulary lists their keys.
const std::vector<const IntegrationKind *> &integrationKinds();

/// The kind `Name` (Integration::Kind), or null.
const IntegrationKind *findIntegrationKind(std::string_view Name);

/// The kind of `I`, which the key readers or the fragment reader checked is
/// registered.
const IntegrationKind &kindOf(const Integration &I);

/// The kind that `Key` chooses (`aws_s3_bucket`), and how; null for a key
/// that chooses none.
struct ChosenKind {
  const IntegrationKind &Kind;
  const ChoosingKey &Key;
};
std::optional<ChosenKind> kindChosenBy(std::string_view Key);

/// The choosing key of the kind that reads the option key `Key`
/// (`aws_s3_object_key` -> `aws_s3_bucket`); empty when no kind reads it.
std::string_view optionOwner(std::string_view Key);

} // namespace apigw
