// The responses a route answers with, built the same way by generated routes,
// the router's own errors and the local server.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "apigw/context.hpp"
#include "apigw/proxy_event.hpp"

namespace apigw {

class Failures;

// `body` as application/json.
ProxyResponse json_response(int status, const nlohmann::json& body);
// Text as it is, with its media type.
ProxyResponse text_response(int status, std::string body, std::string content_type);
// Bytes for a binary media type: base64 in the body, isBase64Encoded true.
ProxyResponse binary_response(int status, std::string_view bytes, std::string content_type);
// No body: what a handler returning void answers (204 unless declared otherwise).
ProxyResponse empty_response(int status);
// {"message": <message>}: API Gateway's own error shape, used for every error.
ProxyResponse message_response(int status, std::string_view message);
// 400 with validation_error_body(failures).
ProxyResponse validation_error_response(const Failures& failures);
// The status and headers a handler chose through its `apigw::Response&`.
ProxyResponse with_handler_choices(ProxyResponse response, const Response& choices);

}  // namespace apigw
