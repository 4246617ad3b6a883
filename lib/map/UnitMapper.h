//===- UnitMapper.h - One translation unit's API --------------------------===//
#pragma once

#include "map/EnumSerializations.h"
#include "model/Representation.h"

#include <clang/Sema/Sema.h>

namespace apigw {

/// Finds the annotated handlers, authorizer and api variables of one parsed
/// translation unit and maps them, with the models they reach, into `Unit`;
/// type aliases with `name=` name the specialisations among those models.
/// `Serializations` holds the enum tables recorded while preprocessing.
/// Without `WalkPreamble`, declarations read from a precompiled preamble are
/// not walked (deserialising them all would cost what the PCH saved): the
/// preamble is known to declare no annotated function, variable or alias.
/// `S` is the unit's Sema, still alive: mapping may instantiate templates.
void mapTranslationUnit(clang::Sema &S, const EnumSerializations &Serializations,
                        bool WalkPreamble, ApiModel &Unit, Diagnostics &Diags);

} // namespace apigw
