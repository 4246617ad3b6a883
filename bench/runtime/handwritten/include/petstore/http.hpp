// What the handlers know about HTTP: errors and the caller's identity.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace petstore {

/// Thrown by a handler to answer with an error status.
class HttpError : public std::runtime_error {
public:
  HttpError(int status, const std::string &message)
      : std::runtime_error(message), status_(status) {}
  int status() const noexcept { return status_; }

private:
  int status_;
};

/// Who is calling, as the authorizer established it. The runtime fills it in
/// from API Gateway's request context; it is never part of the API itself, so
/// handlers mark such parameters `ignore`.
struct RequestContext {
  std::string principal_id = "anonymous";
  std::vector<std::string> scopes;
  std::string request_id;
};

} // namespace petstore
