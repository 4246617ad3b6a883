//===- SecuritySchemeEmitter.h - components.securitySchemes ---------------===//
#pragma once

#include "emit/EmitContext.h"

#include <nlohmann/json.hpp>

namespace apigw {

/// One scheme per authorizer, keyed and sorted by scheme name, with API
/// Gateway's `x-amazon-apigateway-authtype` and `-authorizer`,
/// plus the generated API key scheme when `api_key_required` needs one.
nlohmann::ordered_json emitSecuritySchemes(const ApiModel &Api,
                                           const EmitContext &Ctx);

/// The security scheme of one authorizer.
nlohmann::ordered_json emitSecurityScheme(const Authorizer &Auth);

} // namespace apigw
