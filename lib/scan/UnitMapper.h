//===- UnitMapper.h - One translation unit's API --------------------------===//
#pragma once

#include "Representation.h"

#include <clang/AST/ASTContext.h>

namespace apigw {

/// Finds the annotated handlers, authorizer and api variables of one parsed
/// translation unit and maps them, with the models they reach, into `Unit`.
void mapTranslationUnit(clang::ASTContext &Context, ApiModel &Unit, Diagnostics &Diags);

} // namespace apigw
