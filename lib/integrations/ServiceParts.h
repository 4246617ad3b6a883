//===- ServiceParts.h - Parts several integration kinds build alike -------===//
//
// AWS service URIs follow AWS's `arn:aws:apigateway:{region}:{service}:action/{Action}`
// and `...:{service}:path/{path}` forms, with `${region}` left for Terraform.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "integrations/IntegrationKind.h"
#include "integrations/IntegrationParts.h"
#include "model/Representation.h"

#include <string>
#include <string_view>
#include <vector>

namespace apigw {

std::string awsServiceUri(std::string_view Service, std::string_view Rest);

/// `Op`'s parameters that are in `In`, in order.
std::vector<const Parameter *> parametersIn(const Operation &Op, ParamIn In);

/// In an integration URI a greedy path parameter is referred to by its name
/// alone: `{key+}` becomes `{key}`.
std::string withoutGreedyMarks(std::string_view Text);

/// integration.request.<Where>.<Name> = method.request.<Where>.<Name>.
void forward(IntegrationParts &Parts, std::string_view Where, const std::string &Name);

/// The path parameters a URI template uses, mapped by name: API Gateway fills
/// `{name}` in an integration URI from integration.request.path.name only.
void forwardPathTemplate(IntegrationParts &Parts, std::string_view UriTemplate);

/// Non-proxy integrations whose backend answers with an HTTP status: that
/// status selects the method response; the backend's 4xx and 5xx become the
/// client's 400 and 500, so that `default` does not answer an S3 403 or a
/// DynamoDB 400 with the success status and the error body.
void selectResponsesByStatus(IntegrationParts &Parts, const Operation &Op);

/// The shape shared by the non-proxy AWS service integrations: POST to the
/// service's API, a JSON (or form) request template, and the backend's status
/// selecting the method response. Unmapped content types are refused (415)
/// instead of reaching the service raw.
IntegrationParts awsService(const Operation &Op, std::string Uri, std::string RequestTemplate);

/// SNS and SQS speak the AWS query protocol: a form-encoded POST body.
IntegrationParts queryProtocol(const Operation &Op, std::string Uri, std::string Template);

/// What SNS and SQS are alike: a role, POST or PUT routes (`Why` says so),
/// and the request body as the one message, so that no parameter reaches it.
KindTraits bodyMessageTraits(std::string_view Name, ChoosingKey Key, std::string_view Why);

/// A piece of a value that Terraform fills in: `${...}` anywhere in it.
bool hasPlaceholder(std::string_view Text);

} // namespace apigw
