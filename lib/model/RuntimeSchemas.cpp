//===- RuntimeSchemas.cpp - The bodies the runtime answers errors with ----===//
#include "model/RuntimeSchemas.h"

namespace apigw {
namespace {

constexpr const char *ErrorName = "ApigwError";
constexpr const char *ValidationErrorName = "ApigwValidationError";

Schema ref(const char *Name) { return {{"$ref", std::string("#/components/schemas/") + Name}}; }

Schema stringProperty() { return {{"type", "string"}}; }

/// runtime/include/apigw/responses.hpp: message_response.
Schema errorBody() {
  return {{"type", "object"}, {"required", {"message"}}, {"properties", {{"message", stringProperty()}}}};
}

/// runtime/include/apigw/validation.hpp: validation_error_body. fieldList is
/// optional: a handler's HttpError(400, ...) answers the same status with the
/// error body, which has only the message.
Schema validationErrorBody() {
  Schema Field = {{"type", "object"},
                  {"required", {"path", "message"}},
                  {"properties", {{"path", stringProperty()}, {"message", stringProperty()}}}};
  return {{"type", "object"},
          {"required", {"message"}},
          {"properties", {{"message", stringProperty()}, {"fieldList", {{"type", "array"}, {"items", Field}}}}}};
}

} // namespace

Schema errorBodyRef() { return ref(ErrorName); }

Schema validationErrorBodyRef() { return ref(ValidationErrorName); }

const std::vector<std::pair<std::string, Schema>> &runtimeSchemas() {
  static const std::vector<std::pair<std::string, Schema>> Schemas = {
      {ErrorName, errorBody()}, {ValidationErrorName, validationErrorBody()}};
  return Schemas;
}

} // namespace apigw
