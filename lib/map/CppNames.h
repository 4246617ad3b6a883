//===- CppNames.h - How generated C++ code names what the scan found ------===//
#pragma once

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>

#include <string>

namespace apigw {

/// `T` spelled so that it means the same type in any namespace of any unit:
/// every name fully qualified, inline namespaces (`std::__cxx11`) and
/// anonymous ones left out, sugar kept (`std::string`, not
/// `std::basic_string<char>`), so `const std::vector<shop::Pet> &`.
std::string cppTypeName(const clang::ASTContext &Context, clang::QualType T);

/// `D`'s name with its scopes, under the same rules: `shop::pets::get_pet`.
std::string cppQualifiedName(const clang::NamedDecl &D);

/// The file that declares `D` (Location::File's spelling) when it is not the
/// unit's main file: what a generated source can #include. Empty otherwise.
std::string includableFile(const clang::Decl &D);

} // namespace apigw
