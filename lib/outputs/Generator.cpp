//===- Generator.cpp - The generator table and what they share ------------===//
#include "outputs/Generator.h"

#include "model/Registered.h"

#include <algorithm>

namespace apigw {

#define GENERATOR(Accessor) const Generator &Accessor();
#include "outputs/Generators.def"

const std::vector<const Generator *> &generators() {
  static const std::vector<const Generator *> All = {
#define GENERATOR(Accessor) &Accessor(),
#include "outputs/Generators.def"
  };
  return All;
}

const Generator *findGenerator(std::string_view Option) {
  return findRegistered(generators(), &Generator::option, Option);
}

bool GenerationContext::requested(std::string_view Option) const {
  return std::find(Requested.begin(), Requested.end(), Option) != Requested.end();
}

const nlohmann::ordered_json &GenerationContext::restDocument() {
  if (!Rest)
    Rest = emitOpenApi(Api, Options);
  return *Rest;
}

const nlohmann::ordered_json &GenerationContext::publicDocument() {
  if (!Public) {
    EmitOptions PublicOptions = Options;
    PublicOptions.Public = true;
    Public = emitOpenApi(Api, PublicOptions);
  }
  return *Public;
}

} // namespace apigw
