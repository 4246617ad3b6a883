//===- ConstraintTable.h - A schema's constraints as generated C++ --------===//
//
// Each schema that constrains a value becomes one `apigw::Constraints`
// object in the generated source, one designated initializer per keyword
// (runtime/include/apigw/constraints.hpp); an array's items and an object's
// values get objects of their own, defined before it.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <set>
#include <string>

namespace apigw {

class ConstraintTable {
public:
  /// The address of the constraints of `S` (`&rules_Pet_name`), defined
  /// under a name made from `Name`; `nullptr` when `S` constrains nothing.
  std::string add(const Schema &S, const std::string &Name);
  /// The definitions, in the order they were added.
  const std::string &definitions() const { return Definitions; }

private:
  std::string Definitions;
  std::set<std::string> Names;
};

} // namespace apigw
