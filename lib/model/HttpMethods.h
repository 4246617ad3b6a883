//===- HttpMethods.h - Route methods in their canonical order -------------===//
#pragma once

#include <string>
#include <string_view>

namespace apigw {

/// Where a lower-case route method sorts within one path: get, put, post,
/// delete, options, head, patch, then any (API Gateway's catch-all last, as
/// the OpenAPI path item lists its fixed fields); an unknown method after all.
unsigned methodRank(std::string_view Method);

/// `GET`, `ANY`: how messages and integrations spell a method.
std::string upperMethod(std::string_view Method);

/// `GET /pets/{id}`: how messages name a route.
std::string routeName(std::string_view Method, std::string_view Path);

} // namespace apigw
