//===- MediaTypes.h - Request and response content types ------------------===//
//
// `response_content_type=` and `request_content_type=` on a handler, and how
// API Gateway treats a media type: JSON and text pass as text, anything else
// is binary and survives only when the api's `binary_media_types` lists it.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Annotation.h"
#include "model/Representation.h"

#include <string>
#include <string_view>
#include <vector>

namespace apigw {

/// `application/json`, `application/problem+json`: the schema of the C++ type
/// describes the content.
bool isJsonMediaType(std::string_view Type);

/// Neither JSON nor text (`text/*`, XML, form data): bytes that API Gateway
/// converts to UTF-8 text unless `binary_media_types` lists the type.
bool isBinaryMediaType(std::string_view Type);

/// Whether `binary_media_types` (`Listed`) covers `Type`, exactly or through
/// a wildcard (`image/*`, `*/*`), as API Gateway matches them.
bool isListedBinary(std::string_view Type, const std::vector<std::string> &Listed);

/// The schema a content of media type `Type` gets: `Typed` (the C++ type's)
/// for JSON, a string for text, OpenAPI 3.0's `format: binary` string for
/// the rest.
Schema contentSchema(std::string_view Type, const Schema &Typed);

/// Reads `response_content_type=` (the success response's media type) and
/// `request_content_type=` (the request body's; a handler without a body
/// parameter gets a required one) into `Op`, whose parameters are placed.
void applyContentTypes(const Annotations &Keys, Operation &Op, Diagnostics &Diags);

} // namespace apigw
