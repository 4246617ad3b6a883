//===- IntegrationKind.h - One kind of integration, in one place ----------===//
//
// Everything clang-apigw knows about one kind of integration (a Lambda proxy,
// S3, a mock...): the keys that choose it and the keys only it reads, the
// routes it can serve, the checks of its values, and the parts of
// `x-amazon-apigateway-integration` it decides. Each kind is one file in this
// folder and one line of IntegrationKinds.def: what the kind is (its name,
// keys, role, methods) is data, KindTraits, that it gives this base class;
// what it does is the virtual functions it overrides. The key vocabulary,
// the key readers and the emitter ask the registry. docs/design.md says how
// to add a kind.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "integrations/IntegrationParts.h"
#include "model/Annotation.h"
#include "model/PathTemplate.h"
#include "model/Representation.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace apigw {

/// A key that chooses a kind, and how its value becomes Integration::Target.
struct ChoosingKey {
  std::string_view Name;
  std::string (*Target)(std::string_view Value);
};

/// For a choosing key whose value is the target as it is.
std::string verbatim(std::string_view Value);

/// `I`'s options of type `Options` (Representation.h's KindOptions), or
/// empty ones when the keys set none.
template <typename Options> const Options &optionsOf(const Integration &I) {
  static const Options None;
  const Options *Set = std::get_if<Options>(&I.Options);
  return Set ? *Set : None;
}

/// `Path` with one more segment, for suggestions: `/files` + `{key+}`.
std::string withSegment(const std::string &Path, std::string_view Segment);

/// What a kind's route check is given: one route of a handler whose
/// integration is of that kind.
struct RouteCheck {
  const Operation &Op;
  const PathTemplate &Path;
  const Annotations &Keys;  ///< The handler's; errors point at them.
  const Annotation &Chosen; ///< The integration key.
  const Location &RouteLoc;
  Diagnostics &Diags;

  /// An error at the integration key, with a note at the route.
  void fail(std::string Message) const;
  /// Every `{name}` of `Template` (the value of `Where`) must be a path
  /// parameter of the route: API Gateway fills it from method.request.path.name.
  void checkTemplateNames(std::string_view Template, const Annotation &Where) const;
};

/// What a kind is, as data; its file passes it to IntegrationKind's
/// constructor, so that the file holds only the kind's behaviour.
struct KindTraits {
  /// The kind's name in the representation and in fragments: `S3`.
  std::string_view Name;
  /// The keys that choose this kind (`aws_s3_bucket=`).
  std::vector<ChoosingKey> ChoosingKeys;
  /// The keys that only this kind reads (`aws_s3_object_key=`).
  std::vector<std::string_view> OptionKeys = {};
  /// AWS service integrations act as a role API Gateway assumes.
  bool NeedsRole = false;
  /// Proxies pass the request and the response through unmapped.
  bool IsProxy = false;
  /// Whether a VPC link can reach its backend (a load balancer: HTTP only).
  bool UsesVpcLink = false;
  /// The route methods it can serve (lower case), and why only those;
  /// empty: every method.
  struct MethodRule {
    std::vector<std::string_view> Allowed;
    std::string_view Reason;
  } Methods = {};
  /// What the backend gets instead of a parameter that does not reach it,
  /// for the error; the default is the generated request template's case.
  std::string_view WhatReaches =
      "'aws_vtl_request_template=' replaces the generated template and does not use it";
};

class IntegrationKind {
public:
  using MethodRule = KindTraits::MethodRule;

  explicit IntegrationKind(KindTraits Traits) : Traits(std::move(Traits)) {}
  virtual ~IntegrationKind() = default;

  std::string_view name() const { return Traits.Name; }
  std::span<const ChoosingKey> choosingKeys() const { return Traits.ChoosingKeys; }
  std::span<const std::string_view> optionKeys() const { return Traits.OptionKeys; }
  bool needsRole() const { return Traits.NeedsRole; }
  bool isProxy() const { return Traits.IsProxy; }
  bool usesVpcLink() const { return Traits.UsesVpcLink; }
  const MethodRule &methods() const { return Traits.Methods; }
  std::string_view whatReaches() const { return Traits.WhatReaches; }

  /// Checks the choosing key's value and reads the kind's own keys into `I`.
  virtual void read(const Annotation &Chosen, const Annotations &Keys, Integration &I,
                    Diagnostics &Diags) const;
  /// The one status every response has, when the kind fixes it (a mock).
  virtual std::optional<int> fixedStatus(const Integration &) const { return std::nullopt; }
  /// Checks one route of the handler beyond its method.
  virtual void checkRoute(const RouteCheck &) const {}

  /// Whether `P` reaches the backend without a mapping or a text naming it.
  virtual bool passesParameter(const Parameter &, const Operation &) const { return false; }
  /// The kind's own texts that build the backend request, where a parameter
  /// counts as used when its name appears (a URI, an object key...).
  virtual std::vector<std::string> requestTexts(const Integration &) const { return {}; }

  /// The parts of the integration object the kind decides. `Op`'s strings
  /// (its integration's and its parameters' names) are already user text.
  virtual IntegrationParts parts(const Operation &Op) const = 0;

private:
  KindTraits Traits;
};

} // namespace apigw
