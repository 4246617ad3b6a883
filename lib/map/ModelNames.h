//===- ModelNames.h - What a C++ type's model is called -------------------===//
#pragma once

#include "model/Representation.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>

#include <string>

namespace apigw {

/// `std::vector`, `std::chrono::time_point`, `nlohmann::basic_json`: the
/// name without inline namespaces (`std::__cxx11`, `json_abi_v3_11_2`).
std::string qualifiedName(const clang::NamedDecl &D);

/// The model id of the class or enum type `T`: its fully qualified,
/// canonical spelling (`shop::Page<shop::Pet>`), the same in every unit.
std::string modelId(const clang::ASTContext &Context, clang::QualType T);

/// A new model for `D`, the declaration of the class or enum type `T`, with
/// its id, its C++ spelling, and what its schema name is made of: its own
/// name, or, for a class template specialisation, its template and arguments.
Model namedModel(clang::ASTContext &Context, clang::QualType T, const clang::NamedDecl &D);

} // namespace apigw
