//===- RouteFunction.h - The generated code of one Lambda-proxy route -----===//
//
// One function per route: read every argument (recording each failure), answer
// 400 with all of them, call the handler, write its result with the status
// and media type the document declares (docs/runtime.md, "The generated code").
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"
#include "router/ConstraintTable.h"

#include <string>
#include <vector>

namespace apigw {

/// The route function's name, `route_get_pets_pet_id`, before the router
/// makes names unique (`/pets/{id}` and `/pets/id` read the same).
std::string routeFunctionName(const Operation &Op);

/// Whether a media type is JSON (`application/json`, `...+json`, or unset).
bool isJsonMediaType(const std::string &MediaType);

/// The definition of `Op`'s route function `Name`. `BinaryMediaTypes` are the API's.
std::string routeFunction(const Operation &Op, const std::string &Name,
                          const std::vector<std::string> &BinaryMediaTypes, ConstraintTable &Rules);

} // namespace apigw
