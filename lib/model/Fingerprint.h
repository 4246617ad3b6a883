//===- Fingerprint.h - Canonical text of a declaration --------------------===//
//
// A header seen by many translation units yields the same declaration many
// times. To keep one of them without depending on the order the units came
// in, and to notice when two sightings disagree (different macros per unit),
// each declaration is reduced to one canonical string.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <string>

namespace apigw {

std::string fingerprint(const Operation &Op);
std::string fingerprint(const Authorizer &Auth);
std::string fingerprint(const ApiSettings &Api);
/// Without the locations (the model's and its provenance's): one model
/// reached through two spellings of a header's path is still one model when
/// it says the same.
std::string fingerprint(const Model &M);

} // namespace apigw
