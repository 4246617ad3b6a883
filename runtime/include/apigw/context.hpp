// What a handler may take besides its API parameters. Neither type is part of
// the API: the scanner leaves `const apigw::RequestContext&` and
// `apigw::Response&` parameters out of the document (docs/runtime.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "apigw/proxy_event.hpp"

namespace apigw {

// A read-only view of the request a handler is serving; valid during the call.
class RequestContext {
 public:
  explicit RequestContext(const ProxyRequest& request) : request_(request) {}

  const ProxyRequest& request() const { return request_; }
  const HeaderMap& headers() const { return request_.headers; }
  // A header's last value, by case-insensitive name.
  std::optional<std::string_view> header(std::string_view name) const;
  // requestContext.authorizer: a Cognito authorizer's {"claims": {...}}, a
  // Lambda authorizer's principalId and context; null when there is none.
  const nlohmann::json& authorizer() const;
  // requestContext.authorizer.claims (Cognito user pools); null when absent.
  const nlohmann::json& claims() const;
  std::string_view request_id() const;  // requestContext.requestId
  std::string_view stage() const;       // requestContext.stage
  std::string_view source_ip() const;   // requestContext.identity.sourceIp

 private:
  const ProxyRequest& request_;
};

// Lets a handler choose its response's status and add headers; the body is
// still the value it returns.
class Response {
 public:
  void set_status(int status) { status_ = status; }
  void set_header(std::string name, std::string value) { headers_.insert_or_assign(std::move(name), std::move(value)); }

  std::optional<int> status() const { return status_; }
  const HeaderMap& headers() const { return headers_; }

 private:
  std::optional<int> status_;
  HeaderMap headers_;
};

}  // namespace apigw
