//===- HandlerParameters.h - A handler's function parameters --------------===//
#pragma once

#include "Annotation.h"
#include "TypeMapper.h"

#include <clang/AST/Decl.h>

namespace apigw {

/// One function parameter of a handler, mapped but not yet placed: whether it
/// is a path, query, header parameter or the body depends on the route.
struct HandlerParameter {
  std::string Name;     ///< The C++ name.
  std::string WireName; ///< `name=`, else the C++ name.
  Annotations Keys;
  MappedType Type;
  bool HasDefault = false;
  Location Loc;
};

/// Maps `FD`'s parameters; `ignore`d ones and those whose type has no JSON
/// form (already reported) are left out. A default argument the compiler can
/// evaluate becomes the schema's `default`.
std::vector<HandlerParameter> mapHandlerParameters(const clang::FunctionDecl &FD,
                                                   TypeMapper &Types, Diagnostics &Diags);

} // namespace apigw
