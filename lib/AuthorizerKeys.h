//===- AuthorizerKeys.h - Authorizer and api variables from their keys ----===//
#pragma once

#include "Annotation.h"
#include "Representation.h"

#include <optional>

namespace apigw {

/// The authorizer an `authorizer=` variable declares (SPEC §4.2).
std::optional<Authorizer> mapAuthorizer(const Annotations &Keys, const std::string &VariableName,
                                        const Location &Loc, Diagnostics &Diags);

/// The API-wide settings of the `api` variable (SPEC §4.5).
ApiSettings mapApiSettings(const Annotations &Keys, const Location &Loc, Diagnostics &Diags);

} // namespace apigw
