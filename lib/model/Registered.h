//===- Registered.h - The one instance of a registered kind of thing ------===//
#pragma once

#include <string_view>
#include <vector>

namespace apigw {

/// The one instance of an integration kind or an output, made on first use:
/// what the accessor a registry's .def file names returns, e.g.
///   const IntegrationKind &s3Kind() { return registeredInstance<S3>(); }
template <typename T, auto... Arguments> const T &registeredInstance() {
  static const T Instance(Arguments...);
  return Instance;
}

/// The entry of a registry whose `Name` (`name()`, `option()`) is `Wanted`, or null.
template <typename T>
const T *findRegistered(const std::vector<const T *> &All, std::string_view (T::*Name)() const,
                        std::string_view Wanted) {
  for (const T *Entry : All)
    if ((Entry->*Name)() == Wanted)
      return Entry;
  return nullptr;
}

} // namespace apigw
