//===- HandlerParameters.h - A handler's function parameters --------------===//
#pragma once

#include "model/Annotation.h"
#include "map/TypeMapper.h"

#include <clang/AST/Decl.h>

namespace apigw {

/// One function parameter of a handler, mapped but not yet placed: whether it
/// is a path, query, header parameter or the body depends on the route.
struct HandlerParameter {
  std::string Name;     ///< The C++ name.
  std::string WireName; ///< `name=`, else the C++ name.
  std::string CppType;  ///< As generated code spells it (CppNames.h).
  /// Context or Ignored for a parameter the request does not fill; unset for
  /// one of the API, which each route places.
  std::optional<ParamSource> NotInApi;
  Annotations Keys;
  MappedType Type;
  bool HasDefault = false;
  Location Loc;
};

/// Maps `FD`'s parameters; those whose type has no JSON form (already
/// reported) are left out. An `apigw::RequestContext` parameter (the runtime
/// fills it) and an `ignore`d one are kept, unmapped, with `NotInApi` set. A
/// default argument the compiler can evaluate becomes the schema's `default`.
std::vector<HandlerParameter> mapHandlerParameters(const clang::FunctionDecl &FD,
                                                   TypeMapper &Types, Diagnostics &Diags);

} // namespace apigw
