//===- Disagreement.h - What two sightings of one declaration differ in ---===//
//
// When two units see one declaration differently, the merge says where: the
// first annotation key whose value differs on a declaration both units saw,
// or else the first field of the representation that differs.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <optional>
#include <string>

namespace apigw {

/// `What` is `First` in one sighting and `Second` in the other, each a JSON
/// value, `set` (a flag) or `absent`.
struct Disagreement {
  Location Loc;
  std::string What;
  std::string First;
  std::string Second;
};

/// Whether `Part` saw some, but not all, of the declarations `Whole` saw.
bool seesLess(const Provenance &Part, const Provenance &Whole);

/// The first key, written on a declaration that both saw, that one saw with
/// another value than the other or not at all.
std::optional<Disagreement> keyDisagreement(const Provenance &First,
                                            const Provenance &Second);

/// The first field of two sightings (as written to a fragment) that differs,
/// leaving out their locations and provenance; placed at `Loc`.
std::optional<Disagreement> fieldDisagreement(nlohmann::json First,
                                              nlohmann::json Second,
                                              const Location &Loc);

} // namespace apigw
