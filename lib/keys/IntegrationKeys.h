//===- IntegrationKeys.h - A handler's integration from its keys ----------===//
#pragma once

#include "model/Annotation.h"
#include "model/PathTemplate.h"
#include "model/Representation.h"

#include <optional>

namespace apigw {

/// Builds the integration a handler's keys describe: exactly one key that
/// chooses a registered kind (integrations/Registry.h), plus the shared keys. Reports no/two integration keys at
/// `HandlerLoc`/the second key, bad values at their key, a missing
/// `aws_iam_arn` where AWS requires a role (service integrations), and keys
/// that the chosen kind does not read (`aws_s3_object_key` without
/// `aws_s3_bucket`, `vpc_link_id` without an HTTP integration...).
std::optional<Integration> mapIntegration(const Annotations &Keys, const Location &HandlerLoc,
                                          const std::string &HandlerName, Diagnostics &Diags);

/// Checks that one route of a handler and the handler's integration make
/// sense together: the route's method is one the integration can serve
/// (DynamoDB: GET/POST/PUT/DELETE; S3: GET/PUT/DELETE/HEAD; Step Functions,
/// SNS, SQS: POST/PUT), S3 and DynamoDB can tell which object or item the
/// request is about, every `{name}` an integration URI or object key uses is
/// a path parameter of `Path`, a mock answers with a status the operation
/// documents, and every declared parameter reaches the integration (a
/// template, mapping, URI, object key or key pattern uses it; proxies and the
/// generated Lambda template pass them all). `Op` is the route's operation (method, responses, integration);
/// `Keys` are the handler's annotations, where errors point; `RouteLoc` is the
/// route key, named in a note.
void checkIntegrationForRoute(const Operation &Op, const PathTemplate &Path,
                              const Annotations &Keys, const Location &RouteLoc,
                              Diagnostics &Diags);

} // namespace apigw
