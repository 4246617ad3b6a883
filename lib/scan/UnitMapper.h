//===- UnitMapper.h - One translation unit's API --------------------------===//
#pragma once

#include "EnumSerializations.h"
#include "Representation.h"

#include <clang/AST/ASTContext.h>

namespace apigw {

/// Finds the annotated handlers, authorizer and api variables of one parsed
/// translation unit and maps them, with the models they reach, into `Unit`.
/// `Serializations` holds the enum tables recorded while preprocessing.
void mapTranslationUnit(clang::ASTContext &Context, const EnumSerializations &Serializations,
                        ApiModel &Unit, Diagnostics &Diags);

} // namespace apigw
