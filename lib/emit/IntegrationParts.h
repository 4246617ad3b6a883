//===- IntegrationParts.h - What each integration kind decides ------------===//
//
// Each IntegrationKind fills in the parts that differ between kinds (type,
// URI, mapping templates...); IntegrationEmitter then lays the shared keys
// over them in AWS's documented shape. The user's own settings (credentials,
// templates, timeouts...) are applied there, once, not per kind.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "Representation.h"

#include <map>
#include <string>

namespace apigw {

struct IntegrationParts {
  std::string Type;       ///< aws_proxy, aws, http_proxy, http, mock.
  std::string HttpMethod; ///< The integration request's method; empty: none.
  std::string Uri;        ///< Empty: none (mock).
  /// integration.request.* -> method.request.* or a 'static' value.
  std::map<std::string, std::string> RequestParameters;
  std::string RequestTemplate;     ///< For application/json; empty: none.
  std::string PassthroughBehavior; ///< The kind's default; the user's wins.
  /// Non-proxy integrations map the backend's answer onto a method response.
  bool HasResponses = false;
  std::string SuccessStatus;
  std::string ResponseTemplate; ///< The default response's application/json.
  /// Whether the backend's HTTP status code is what selects an integration
  /// response (AWS services, HTTP), so each other documented status can be
  /// selected by its own code.
  bool StatusSelectsResponse = false;
};

/// The kind-specific parts of `Op`'s integration. `I` is `Op.Target` with its
/// user text already passed through UserText.h.
IntegrationParts integrationParts(const Operation &Op, const Integration &I);

} // namespace apigw
