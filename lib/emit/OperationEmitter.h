//===- OperationEmitter.h - One OpenAPI operation object ------------------===//
#pragma once

#include "emit/EmitContext.h"

#include <nlohmann/json.hpp>

#include <string>

namespace apigw {

/// The operation object of one route: operationId, summary, description,
/// tags, deprecated, parameters, requestBody, responses, security,
/// x-amazon-apigateway-request-validator, x-amazon-apigateway-integration.
nlohmann::ordered_json emitOperation(const Operation &Op,
                                     const EmitContext &Ctx);

/// The key of `Method` in a path item: `get`..., and API Gateway's
/// `x-amazon-apigateway-any-method` for `any`.
std::string pathItemKey(const std::string &Method);

} // namespace apigw
