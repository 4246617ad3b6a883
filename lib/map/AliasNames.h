//===- AliasNames.h - Schema names given by type aliases ------------------===//
#pragma once

#include "model/Representation.h"

#include <clang/AST/Decl.h>

#include <map>
#include <string>

namespace apigw {

/// `name=` on a type alias or typedef of a class template specialisation
/// names the specialisation's schema, wherever the unit uses it:
/// `using OrderPage [[clang::annotate("name=OrderPage")]] = Page<Order>;`.
class AliasNames {
public:
  /// Reads `Alias`'s annotations, when it has any of this tool's; reports a
  /// key that does not belong, an alias of something else, and a second
  /// name for one specialisation.
  void add(const clang::TypedefNameDecl &Alias, Diagnostics &Diags);

  /// Gives the models that an alias names their names: the alias says more
  /// than a `name=` on the template, which all its specialisations share.
  void apply(std::vector<Model> &Models) const;

private:
  struct Named {
    std::string Name;
    Location Loc;
  };
  std::map<std::string, Named> ByModelId;
};

} // namespace apigw
