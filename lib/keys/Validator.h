//===- Validator.h - validate=, on the api variable or a handler -----------===//
#pragma once

#include "model/Annotation.h"

#include <string>

namespace apigw {

/// The request validator `validate=` in `Keys` names: all, body, params or
/// none (API Gateway's validators, ApiExtensionsEmitter.cpp); empty when
/// `Keys` has none, or a name that is none of those (reported).
std::string readValidator(const Annotations &Keys, Diagnostics &Diags);

} // namespace apigw
