//===- AuthorizerKeys.h - Authorizer and api variables from their keys ----===//
#pragma once

#include "model/Annotation.h"
#include "model/Representation.h"

#include <optional>

namespace apigw {

/// The authorizer an `authorizer=` variable declares.
std::optional<Authorizer> mapAuthorizer(const Annotations &Keys, const std::string &VariableName,
                                        const Location &Loc, Diagnostics &Diags);

/// The API-wide settings of the `api` variable.
ApiSettings mapApiSettings(const Annotations &Keys, const Location &Loc, Diagnostics &Diags);

} // namespace apigw
