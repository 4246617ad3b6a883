//===- SourceLocations.h - Clang locations to plain Locations -------------===//
#pragma once

#include "Diagnostic.h"

#include <clang/Basic/SourceLocation.h>
#include <clang/Basic/SourceManager.h>

namespace apigw {

/// Where the user wrote it: a location inside one of our macros is moved to
/// the macro's use, since that is the line the user can fix.
Location toLocation(const clang::SourceManager &SM, clang::SourceLocation Loc);

} // namespace apigw
