// What the handlers know about HTTP: errors and the caller's identity, on the
// clang-apigw runtime that serves them (docs/runtime.md).
#pragma once

#include <apigw/context.hpp>
#include <apigw/http_error.hpp>

#include <string>
#include <vector>

namespace petstore {

/// Thrown by a handler to answer with one of its documented error statuses.
using HttpError = apigw::HttpError;

/// Who is calling, as the authorizer established it.
struct Caller {
  std::string principal_id = "anonymous";
  std::vector<std::string> scopes;
};

/// The caller of the request being served: a Cognito authorizer's `sub` and
/// space-separated `scope` claims, a Lambda authorizer's `principalId` and
/// `scopes` context key.
Caller caller_of(const apigw::RequestContext &context);

} // namespace petstore
