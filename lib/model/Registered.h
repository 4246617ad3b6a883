//===- Registered.h - The one instance of a registered kind of thing ------===//
#pragma once

namespace apigw {

/// The one instance of an integration kind or an output, made on first use:
/// what the accessor a registry's .def file names returns, e.g.
///   const IntegrationKind &s3Kind() { return registeredInstance<S3>(); }
template <typename T, auto... Arguments> const T &registeredInstance() {
  static const T Instance(Arguments...);
  return Instance;
}

} // namespace apigw
