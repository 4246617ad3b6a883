//===- IntegrationKeys.h - A handler's integration from its keys ----------===//
#pragma once

#include "Annotation.h"
#include "Representation.h"

#include <optional>

namespace apigw {

/// Builds the integration a handler's keys describe: exactly one integration
/// key (SPEC §4.1), plus the shared keys. Reports no/two integration keys at
/// `HandlerLoc`/the second key, bad values at their key, and a missing
/// `aws_iam_arn` where AWS requires a role (service integrations).
std::optional<Integration> mapIntegration(const Annotations &Keys, const Location &HandlerLoc,
                                          const std::string &HandlerName, Diagnostics &Diags);

} // namespace apigw
