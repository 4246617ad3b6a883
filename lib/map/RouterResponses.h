//===- RouterResponses.h - What a Lambda-proxy route answers besides success ===//
//
// The generated router (docs/runtime.md) answers a Lambda-proxy route with
// more than its success: 400 with every validation failure when the route reads
// a parameter or a body, `{"message": ...}` for each documented error (an
// apigw::HttpError), 500 for any other exception. The document says so, so
// that the spec and the function agree.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

namespace apigw {

/// Adds those responses to `Op` when its integration is the Lambda proxy.
void addRouterResponses(Operation &Op);

} // namespace apigw
