//===- IntegrationEmitter.h - x-amazon-apigateway-integration -------------===//
#pragma once

#include "model/Representation.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace apigw {

/// The operation's `x-amazon-apigateway-integration` object, as AWS documents
/// it: type, httpMethod, uri, connectionType/connectionId, credentials,
/// requestParameters, requestTemplates, passthroughBehavior, contentHandling,
/// timeoutInMillis, responses (status codes as strings).
nlohmann::ordered_json emitIntegration(const Operation &Op);

/// What the integration's mappings require of the operation around it: AWS
/// refuses an integration response whose status has no method response, and
/// a mapping from or to a header neither declares.
struct IntegrationNeeds {
  std::string SuccessStatus;
  /// Status and description of each error response the integration selects,
  /// in order; the operation declares those it does not document.
  std::vector<std::pair<std::string, std::string>> ErrorResponses;
  /// Headers the success method response must declare.
  std::vector<std::string> SuccessHeaders;
  /// Header parameters the method request must declare.
  std::vector<std::string> RequestHeaders;
};

/// The integration object and what it needs of the operation, from one
/// computation of the kind's parts.
struct EmittedIntegration {
  nlohmann::ordered_json Object;
  IntegrationNeeds Needs;
};
EmittedIntegration emitIntegrationAndNeeds(const Operation &Op);

} // namespace apigw
