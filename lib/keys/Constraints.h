//===- Constraints.h - Field and parameter constraint keys ----------------===//
#pragma once

#include "model/Annotation.h"
#include "model/Representation.h"

namespace apigw {

/// Applies the constraint keys (`minimum=`, `pattern=`,
/// `default=`, `read_only`...) found in `Keys` to `Target`, a schema already
/// mapped from the C++ type. A key that does not fit the schema's type, or a
/// value that does not parse, is reported at the key and left out.
void applyConstraints(Schema &Target, const Annotations &Keys, Diagnostics &Diags);

/// Whether `Key` is one of the constraint keys applyConstraints handles.
bool isConstraintKey(std::string_view Key);

} // namespace apigw
