// The exception a handler throws for one of its documented error responses:
// the router answers with `status` and the body {"message": <message>}.
#pragma once

#include <stdexcept>
#include <string>

namespace apigw {

class HttpError : public std::runtime_error {
 public:
  HttpError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const noexcept { return status_; }

 private:
  int status_;
};

}  // namespace apigw
