#include "apigw/responses.hpp"

#include "apigw/codec.hpp"
#include "apigw/json_text.hpp"
#include "apigw/validation.hpp"

namespace apigw {

ProxyResponse json_response(int status, const nlohmann::json& body) {
  // Text that is not UTF-8 (an exception's message, a handler's string) is
  // written with U+FFFD in its place rather than failing the response.
  return text_response(status, json_text(body), "application/json");
}

ProxyResponse text_response(int status, std::string body, std::string content_type) {
  ProxyResponse response;
  response.status_code = status;
  response.headers.emplace("Content-Type", std::move(content_type));
  response.body = std::move(body);
  return response;
}

ProxyResponse binary_response(int status, std::string_view bytes, std::string content_type) {
  ProxyResponse response = text_response(status, base64_encode(bytes), std::move(content_type));
  response.is_base64_encoded = true;
  return response;
}

ProxyResponse empty_response(int status) {
  ProxyResponse response;
  response.status_code = status;
  return response;
}

ProxyResponse message_response(int status, std::string_view message) {
  return json_response(status, {{"message", message}});
}

ProxyResponse validation_error_response(const Failures& failures) {
  return json_response(400, validation_error_body(failures));
}

ProxyResponse with_handler_choices(ProxyResponse response, const Response& choices) {
  if (choices.status()) response.status_code = *choices.status();
  for (const auto& [name, value] : choices.headers()) response.headers.insert_or_assign(name, value);
  return response;
}

}  // namespace apigw
