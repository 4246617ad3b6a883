//===- CorsEmitter.h - CORS for browsers ----------------------------------===//
//
// With `--cors` or the api's `cors_*` keys: every path gets an OPTIONS mock
// answering the preflight (unless the program routes OPTIONS itself), the
// non-proxy integrations add Access-Control-Allow-Origin to their responses,
// and API Gateway's own 4XX/5XX answers carry it too. Proxy integrations
// (aws_proxy, http_proxy) are left alone: their backend writes the headers.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace apigw {

/// The header values, as API Gateway mapping values: single-quoted literals,
/// already passed through UserText.h.
struct CorsSettings {
  std::string AllowOrigin;  ///< `'*'`, `'https://app.example.com'`.
  std::string AllowHeaders; ///< `'Content-Type,Authorization,...'`.
  /// `cors_methods=` as given, quoted; empty: each path's own methods.
  std::string AllowMethods;
};

/// The CORS policy as plain text, for code that answers requests itself
/// (the generated router) rather than through mapping values.
struct CorsPolicy {
  std::string Origin;
  std::string Headers; ///< Comma-separated.
  std::string Methods; ///< Comma-separated, upper case; empty: each path's own.
};

/// The policy the document applies; see corsSettings for the rules.
std::optional<CorsPolicy> corsPolicy(const ApiModel &Api, const ApiSettings *Settings,
                                     const std::optional<std::string> &CommandLine);

/// CORS is on when the command line says `--cors[=<origin>]` (CommandLine is
/// set) or the api variable has a `cors_*` key. The origin is the command
/// line's when it names one, else `cors_origin=`, else `*`. Without
/// `cors_headers=`, the headers are AWS's usual list plus every header the
/// API's parameters and authorizers read.
std::optional<CorsSettings>
corsSettings(const ApiModel &Api, const ApiSettings *Settings,
             const std::optional<std::string> &CommandLine);

/// `'<text>'`: a literal for a mapping value, unless it is quoted already.
std::string quotedMappingValue(std::string_view Text);

/// `GET,POST,OPTIONS`: the methods of the operations on one path, in the
/// document's order, OPTIONS always included; `any` means every method.
std::string allowedMethods(const std::vector<const Operation *> &OnPath);

/// The OPTIONS operation answering the preflight of the path that
/// `OnPath`'s operations share (not empty).
nlohmann::ordered_json
corsPreflight(const std::vector<const Operation *> &OnPath,
              const CorsSettings &Cors);

/// For an emitted operation with a non-proxy integration (one that has
/// integration `responses`): Access-Control-Allow-Origin mapped on each
/// integration response and declared on each method response. Proxy
/// integrations are left unchanged.
void addCorsResponseHeaders(nlohmann::ordered_json &Operation,
                            const CorsSettings &Cors);

/// gatewayresponse.header.Access-Control-Allow-Origin/-Headers, for the
/// DEFAULT_4XX and DEFAULT_5XX gateway responses.
nlohmann::ordered_json corsGatewayResponseParameters(const CorsSettings &Cors);

} // namespace apigw
