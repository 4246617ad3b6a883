//===- SchemaEmitter.h - Schemas as the private spec writes them ----------===//
#pragma once

#include "emit/EmitContext.h"
#include "model/Representation.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace apigw {

/// Every `{"$ref": "<model id>"}` becomes `#/components/schemas/<name>`.
Schema resolveModelRefs(Schema S,
                        const std::map<std::string, std::string> &Names);

/// The private form: without the keywords API Gateway's REST
/// import does not support — `format` on integer and number types, `default`,
/// `example`, `readOnly`, `writeOnly`, `deprecated`, `nullable`,
/// `exclusiveMinimum`, `exclusiveMaximum`, `discriminator` — in the schema
/// and every subschema. Property *names* and literal values (`enum`) are
/// never touched. An integer's exclusive bound becomes the inclusive one next
/// to it; a number's stays as an inclusive bound (draft 4 cannot say more).
/// A `$ref` loses its siblings (OpenAPI 3.0 ignores them).
Schema privateSchema(Schema S);

/// The public form: every keyword kept, but a `$ref` with siblings becomes
/// `{"allOf": [{"$ref": ...}], <siblings>}`, the OpenAPI 3.0 way to give a
/// reference a description.
Schema publicSchema(Schema S);

/// A schema of the representation as the private spec writes it: user text
/// passed through, references resolved, unsupported keywords removed.
nlohmann::ordered_json
emitSchema(const Schema &S, const std::map<std::string, std::string> &Names);

/// As the document being written wants it: the private form above, or, for
/// the public spec, with every keyword kept.
nlohmann::ordered_json emitSchema(const Schema &S, const EmitContext &Ctx);

} // namespace apigw
