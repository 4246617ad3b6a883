//===- ApiExtensionsEmitter.h - Top-level x-amazon-apigateway-* blocks ----===//
#pragma once

#include "emit/EmitContext.h"

#include <nlohmann/json.hpp>

namespace apigw {

/// Appends to `Doc`, in this order and only when the program asks for them:
/// x-amazon-apigateway-api-key-source, -binary-media-types,
/// -minimum-compression-size, -request-validators (those the operations
/// use), -gateway-responses (`gateway_responses` and/or CORS).
void emitApiExtensions(const ApiModel &Api, const EmitContext &Ctx,
                       nlohmann::ordered_json &Doc);

} // namespace apigw
