//===- SecurityText.h - `security=` values --------------------------------===//
#pragma once

#include "model/Annotation.h"
#include "model/Representation.h"

namespace apigw {

/// The requirements of every `security=` annotation in `Keys`:
/// `security=<authorizer>[:<scope> <scope>...]`, one requirement each (OR).
/// Unset when there is none; empty for `security=none`, which may not be
/// combined with others.
std::optional<std::vector<SecurityRequirement>> parseSecurity(const Annotations &Keys,
                                                              Diagnostics &Diags);

} // namespace apigw
