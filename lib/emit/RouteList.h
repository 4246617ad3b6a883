//===- RouteList.h - One line per route, for editors ----------------------===//
#pragma once

#include "model/Representation.h"

#include <string>

namespace apigw {

/// `--list-routes`: each operation as a Clang note at its handler, so that an
/// editor turns it into a link:
///   src/pets.cpp:42:5: note: GET /pets/{pet_id} -> aws_proxy ${pets_fn} (getPet)
/// The integration is its `type` and `uri` as the document writes them; the
/// routes come in source order.
std::string listRoutes(const ApiModel &Api);

} // namespace apigw
