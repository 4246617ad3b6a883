//===- TypeMapper.h - C++ types to JSON schemas ---------------------------===//
#pragma once

#include "map/EnumSerializations.h"
#include "model/Representation.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Type.h>
#include <clang/Sema/Sema.h>

#include <optional>
#include <set>
#include <string>

namespace apigw {

/// A C++ type's schema, and whether a value may be absent on the wire
/// (`std::optional`, pointers): such a member is not `required`.
struct MappedType {
  Schema Type;
  bool Optional = false;
};

/// Maps C++ types to JSON schemas, adding every class and enum it
/// reaches to the unit's models once. A type with no JSON form is reported at
/// the place that uses it.
class TypeMapper {
public:
  /// `S` completes the class template specialisations nothing in the unit
  /// has instantiated.
  TypeMapper(clang::Sema &S, const EnumSerializations &Serializations, std::vector<Model> &Models,
             Diagnostics &Diags)
      : S(S), Context(S.getASTContext()), Serializations(Serializations), Models(Models),
        Diags(Diags) {}

  /// `Where` and `What` ("field 'Pet::name'") say where the type is used.
  std::optional<MappedType> map(clang::QualType T, clang::SourceLocation Where,
                                const std::string &What);

  /// What an enumerator is on the wire: its NLOHMANN_JSON_SERIALIZE_ENUM
  /// value, else its `json_name=`, else its name.
  nlohmann::json wireValue(const clang::EnumConstantDecl &C) const;

  /// Whether `S` is a JSON object, or an array of objects: what a request
  /// body is made of (enums are models too, but strings).
  bool isObjectLike(const Schema &S) const;

private:
  struct Use {
    clang::SourceLocation Where; ///< Also where Clang instantiates what the use needs.
    Location Loc;
    const std::string &What;
  };

  std::optional<MappedType> mapCanonical(clang::QualType T, const Use &At);
  std::optional<MappedType> mapBuiltin(const clang::BuiltinType &T, const Use &At);
  bool complete(const clang::CXXRecordDecl &RD, const Use &At);
  std::optional<MappedType> mapRecordType(clang::QualType T, const clang::CXXRecordDecl &RD,
                                          const Use &At);
  std::optional<MappedType> mapStdTemplate(const clang::ClassTemplateSpecializationDecl &Spec,
                                           const std::string &Name, const Use &At);
  std::optional<MappedType> mapElements(clang::QualType Element, Schema Array, const Use &At);
  std::optional<MappedType> mapStringMap(const clang::ClassTemplateSpecializationDecl &Spec,
                                         const Use &At);
  std::optional<MappedType> mapVariant(const clang::ClassTemplateSpecializationDecl &Spec,
                                       const Use &At);
  std::optional<MappedType> mapConstantArray(const clang::ConstantArrayType &T, const Use &At);
  Schema mapEnum(clang::QualType T, const clang::EnumDecl &ED);
  Schema enumValues(const clang::EnumDecl &ED);
  std::vector<ModelEnumerator> enumerators(const clang::EnumDecl &ED) const;
  Schema mapRecord(clang::QualType T, const clang::CXXRecordDecl &RD);
  void addFields(const clang::CXXRecordDecl &RD, Model &M);
  void addField(const clang::FieldDecl &F, Model &M);
  std::nullopt_t unsupported(clang::QualType T, const Use &At, const std::string &Why = "");

  clang::Sema &S;
  clang::ASTContext &Context;
  const EnumSerializations &Serializations;
  std::vector<Model> &Models;
  Diagnostics &Diags;
  std::set<std::string> Started;  ///< Model ids mapped or being mapped.
  std::set<std::string> EnumIds;
};

} // namespace apigw
