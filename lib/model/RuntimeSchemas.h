//===- RuntimeSchemas.h - The bodies the runtime answers errors with ------===//
//
// The generated router answers errors in two shapes (docs/runtime.md, "What
// the router answers"): API Gateway's `{"message": ...}` and the 400 body with
// its `fieldList`. Operations refer to them by these component names, which
// the document defines once; no model may take the names.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <string>
#include <utility>
#include <vector>

namespace apigw {

/// `{"$ref": "#/components/schemas/ApigwError"}`: `{"message": string}`.
Schema errorBodyRef();
/// `{"$ref": "#/components/schemas/ApigwValidationError"}`: the 400 body.
Schema validationErrorBodyRef();

/// Each runtime schema's component name and schema, in name order.
const std::vector<std::pair<std::string, Schema>> &runtimeSchemas();

} // namespace apigw
