//===- Merge.h - One program from many translation units ------------------===//
#pragma once

#include "Representation.h"

namespace apigw {

/// Merges the per-unit models into one, in a canonical order whatever the
/// order of `Units`. A declaration seen by many units (a handler or model in a
/// shared header: same id and location) counts once. Conflicts are reported to
/// `Diags` naming both places: two handlers for one method and path, one
/// operationId twice, one model id with two different bodies, two authorizers
/// with one id or scheme name, two `api` variables; and `security=` naming an
/// authorizer that no unit declares.
ApiModel mergeUnits(std::vector<ApiModel> Units, Diagnostics &Diags);

} // namespace apigw
