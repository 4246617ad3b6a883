//===- Annotation.h - One `key=value` annotation, located -----------------===//
#pragma once

#include "model/Diagnostic.h"

#include <llvm/ADT/ArrayRef.h>

#include <optional>
#include <string>
#include <vector>

namespace apigw {

/// One `[[clang::annotate("key=value")]]` string, split, with the place it
/// was written (the macro's use when it came from our header).
struct Annotation {
  std::string Key;
  std::optional<std::string> Value; ///< Unset for a flag.
  Location Loc;
};

using Annotations = std::vector<Annotation>;

/// The first annotation with `Key`, or null.
const Annotation *findKey(const Annotations &List, std::string_view Key);

/// Every annotation with `Key`, in source order.
std::vector<const Annotation *> findAll(const Annotations &List, std::string_view Key);

/// The value of the first `Key`, or "" when absent or a flag.
std::string valueOf(const Annotations &List, std::string_view Key);

/// `A`'s value when it is one of `Allowed` (any case when `IgnoreCase`);
/// otherwise reports "invalid value for 'key': 'x' is not one of a, b" at `A`.
std::optional<std::string> valueAmong(const Annotation &A,
                                      llvm::ArrayRef<std::string_view> Allowed,
                                      Diagnostics &Diags, bool IgnoreCase = false);

} // namespace apigw
