//===- ModelCodecs.h - apigw::JsonCodec for each model a router uses ------===//
//
// The generated (de)serializers: one `apigw::JsonCodec<T>` specialisation per
// model, reading only the models that requests carry and writing only those
// that responses carry (a response model may hold what cannot be read, such
// as a raw pointer).
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"
#include "router/ConstraintTable.h"

#include <set>
#include <string>

namespace apigw {

/// The models a generated router reads and writes, by model id, with every
/// model they hold.
struct ModelUses {
  std::set<std::string> Read;
  std::set<std::string> Write;
};

/// The model ids `S` refers to, directly or through the models it holds.
void collectModels(const ApiModel &Api, const Schema &S, std::set<std::string> &Ids);

/// Declarations (first, so that models may hold each other) and definitions.
struct ModelCodecText {
  std::string Declarations;
  std::string Definitions;
};

ModelCodecText modelCodecs(const ApiModel &Api, const ModelUses &Uses, ConstraintTable &Rules);

/// The model with `Id`, or null.
const Model *findModel(const ApiModel &Api, const std::string &Id);

} // namespace apigw
