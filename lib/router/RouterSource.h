//===- RouterSource.h - The generated router: one C++ source --------------===//
//
// `--router-output`: from the merged representation, the C++20 source that
// serves the document's Lambda-proxy routes on the runtime library
// (runtime/, docs/runtime.md): model codecs, one function per route, the
// route table (mock and other integrations too) and the entry points.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "emit/CorsEmitter.h"
#include "model/Representation.h"
#include "router/ModelCodecs.h"

#include <optional>
#include <string>

namespace apigw {

/// Reports, at their declarations, the handlers and models the router could
/// not include or call (docs/runtime.md, "Generating the router").
void checkRouterInputs(const ApiModel &Api, Diagnostics &Diags);

/// The router's source; `Cors` as the document applies it.
std::string routerSource(const ApiModel &Api, const std::optional<CorsPolicy> &Cors);

/// The models the router reads (from requests) and writes (in responses).
ModelUses routerModelUses(const ApiModel &Api);

/// Whether `Op` reaches the function the router serves.
bool isRoutedToLambda(const Operation &Op);

} // namespace apigw
