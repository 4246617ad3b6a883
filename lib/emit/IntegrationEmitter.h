//===- IntegrationEmitter.h - x-amazon-apigateway-integration -------------===//
#pragma once

#include "Representation.h"

#include <nlohmann/json.hpp>

namespace apigw {

/// The operation's `x-amazon-apigateway-integration` object, as AWS documents
/// it: type, httpMethod, uri, connectionType/connectionId, credentials,
/// requestParameters, requestTemplates, passthroughBehavior, contentHandling,
/// timeoutInMillis, responses (status codes as strings).
nlohmann::ordered_json emitIntegration(const Operation &Op);

} // namespace apigw
