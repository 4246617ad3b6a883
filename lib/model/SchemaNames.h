//===- SchemaNames.h - components.schemas names ---------------------------===//
#pragma once

#include "model/Representation.h"

#include <map>
#include <string>
#include <string_view>

namespace apigw {

/// API Gateway model names must be alphanumeric: drop every other character
/// and capitalise each word that follows one (`v2::Pet` -> `V2Pet`,
/// `Page<Pet>` -> `PagePet`, `std::vector<v1::Pet>` -> `StdVectorV1Pet`).
std::string alphanumericName(std::string_view QualifiedName);

/// Model id -> schema name, for every model. The explicit `name=` wins; then
/// the unqualified name when no other model shares it; else the alphanumeric
/// qualified name. A template specialisation's is its template's name and
/// then its arguments' words, each argument that is a model by that model's
/// schema name (`shop::Page<shop::Pet>` -> `PagePet`, `PageV2Pet` when `Pet`
/// clashes); when that name is taken, the alphanumeric qualified name.
std::map<std::string, std::string> assignSchemaNames(const std::vector<Model> &Models);

} // namespace apigw
