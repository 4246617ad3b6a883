//===- JsonInsert.cpp - A member placed among an object's ordered keys ----===//
#include "emit/JsonInsert.h"

namespace apigw {

using nlohmann::ordered_json;

void insertAfter(ordered_json &Object, std::string_view After,
                 const std::string &Key, ordered_json Value) {
  if (Object.contains(Key) || !Object.contains(After)) {
    Object[Key] = std::move(Value);
    return;
  }
  ordered_json Out = ordered_json::object();
  for (auto It = Object.begin(); It != Object.end(); ++It) {
    Out[It.key()] = std::move(It.value());
    if (It.key() == After)
      Out[Key] = std::move(Value);
  }
  Object = std::move(Out);
}

} // namespace apigw
