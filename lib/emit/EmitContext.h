//===- EmitContext.h - What every part of the document needs to know ------===//
//
// Facts about the whole program, computed once before the document is
// written: each emitter sees the representation plus this, nothing else.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "emit/CorsEmitter.h"
#include "model/Representation.h"

#include <map>
#include <optional>
#include <string>

namespace apigw {

struct EmitContext {
  /// Model id -> components.schemas name (assignSchemaNames).
  std::map<std::string, std::string> SchemaNames;
  std::map<std::string, const Authorizer *> AuthorizersById;
  /// The `api` variable's settings, when the program has one.
  const ApiSettings *Api = nullptr;
  /// The apiKey security scheme `api_key_required` operations reference: the
  /// declared `authorizer=api_key`'s name, else a generated one; empty when
  /// the program uses no API keys at all.
  std::string ApiKeyScheme;
  /// Whether ApiKeyScheme still has to be added to components.securitySchemes
  /// because no authorizer declares it.
  bool ApiKeySchemeGenerated = false;
  /// Set when CORS is on (CorsEmitter.h).
  std::optional<CorsSettings> Cors;
  /// The public spec: schemas keep their full detail and no CORS
  /// preflight is generated; the x-amazon-apigateway-* keys are removed
  /// afterwards (PublicSpec.h).
  bool Public = false;
};

EmitContext makeEmitContext(const ApiModel &Api);

/// The request validator that applies to `Op`: its own `validate=`, else the
/// API default; empty for none (`validate=none` included).
std::string effectiveValidator(const Operation &Op, const ApiSettings *Api);

} // namespace apigw
