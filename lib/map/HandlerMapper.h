//===- HandlerMapper.h - Handler functions to operations ------------------===//
#pragma once

#include "model/Annotation.h"
#include "map/TypeMapper.h"

#include <clang/AST/Decl.h>

namespace apigw {

/// Whether `Key` declares a route (`get=`, ..., `any=`).
bool isRouteKey(std::string_view Key);

/// Why the annotated function `FD` cannot be a handler, when it is a
/// template of any kind: none when it is an ordinary function.
std::optional<std::string> whyNotAHandler(const clang::FunctionDecl &FD);

/// The operations of one handler: one per route key, sharing the
/// integration, parameters and responses. `Keys` are the
/// function's checked annotations.
std::vector<Operation> mapHandler(const clang::FunctionDecl &FD, const Annotations &Keys,
                                  TypeMapper &Types, Diagnostics &Diags);

} // namespace apigw
