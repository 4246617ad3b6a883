//===- Merge.h - One program from many translation units ------------------===//
#pragma once

#include "model/Representation.h"

namespace apigw {

/// One translation unit's model, and the unit's main file that diagnostics
/// name.
struct UnitModel {
  std::string Source;
  ApiModel Api;
};

/// Merges the per-unit models into one, in a canonical order whatever the
/// order of `Units`. A declaration seen by many units (a handler or model in a
/// shared header: same id and location) counts once: the sighting that saw
/// the most of its declarations (Provenance) is kept, and a unit that saw only
/// some of them (the header without the .cpp file) must agree with it on
/// those. Conflicts are reported to `Diags` naming both places: a declaration
/// that units see differently (with notes naming the units and the first
/// difference), two handlers for one method and path, one operationId twice,
/// two authorizers with one id or scheme name, two `api` variables; and
/// `security=` naming an authorizer that no unit declares.
ApiModel mergeUnits(std::vector<UnitModel> Units, Diagnostics &Diags);

} // namespace apigw
