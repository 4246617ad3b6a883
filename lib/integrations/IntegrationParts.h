//===- IntegrationParts.h - What each integration kind decides ------------===//
//
// Each IntegrationKind fills in the parts that differ between kinds (type,
// URI, mapping templates...); IntegrationEmitter then lays the shared keys
// over them in AWS's documented shape. The user's own settings (credentials,
// templates, timeouts...) are applied there, once, not per kind.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <map>
#include <string>
#include <vector>

namespace apigw {

/// An integration response chosen by a selection pattern the kind adds itself
/// (an error catch-all, S3's 403), and the method response it answers with
/// when the operation does not document that status.
struct SelectedResponse {
  std::string Pattern;     ///< The `responses` key: a regex, not a status.
  std::string Status;      ///< The method response's status.
  std::string Description; ///< Its description, unless the user wrote one.
};

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
  /// After the documented statuses, in order: what maps the backend's errors
  /// onto error statuses instead of letting `default` (the success status)
  /// catch them. AWS: `default` is what no pattern matches.
  std::vector<SelectedResponse> ErrorResponses;
  /// Backend headers the success response passes through, each as
  /// method.response.header.X <- integration.response.header.X (declared on
  /// the success method response, as AWS requires of a mapping's target).
  std::vector<std::string> SuccessHeaders;
  /// Method request headers the integration maps that the operation does not
  /// declare: they are declared as optional header parameters.
  std::vector<std::string> RequestHeaders;
};

/// The kind-specific parts of `Op`'s integration. `I` is `Op.Target` with its
/// user text already passed through UserText.h.
IntegrationParts integrationParts(const Operation &Op, const Integration &I);

} // namespace apigw
