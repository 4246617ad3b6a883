//===- RepresentationJson.h - The plain model as JSON, both ways ----------===//
//
// Free to_json/from_json overloads next to the model, found by nlohmann::json
// through ADL, so `json J = Op;` and `J.get<Operation>()` work for every type
// of Representation.h and Diagnostic.h. The fragment cache (Fragment.h) is the
// user: one unit's model written after its scan, read back before the merge.
//
// Keys are the C++ field names, as clang-doc's YAML does, so the file reads
// like the struct. Enums are written by name, so a reordered enum does not
// silently change the meaning of a cached fragment. An unset std::optional is
// an absent key; a set one is always written, which keeps a set-but-empty
// `Security` ([], i.e. `security=none`) apart from an unset one.
//
// Reading is strict because a fragment may be stale or corrupt: every
// non-optional key must be present with the right type, integers must fit
// their field, enum names must be known. Unknown keys are ignored (the
// fragment's version number, not key sniffing, says what a file contains).
// Failures throw JsonReadError, which names the path to the bad value.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Representation.h"

#include <exception>
#include <string>
#include <string_view>

namespace apigw {

/// A JSON value that does not fit the model. `what()` is `path: reason`, e.g.
/// `Operations[0].Loc.Line: expected a number, found string`.
class JsonReadError : public std::exception {
public:
  explicit JsonReadError(std::string Why);
  /// "expected a string, found number".
  static JsonReadError expected(std::string_view What,
                                const nlohmann::json &Found);

  /// Prepends an enclosing key or `[index]` while the error unwinds.
  void within(std::string_view Segment);

  const std::string &path() const { return Path; }
  const std::string &reason() const { return Reason; }
  const char *what() const noexcept override { return Message.c_str(); }

private:
  std::string Path;
  std::string Reason;
  std::string Message;
};

void to_json(nlohmann::json &J, Severity V);
void from_json(const nlohmann::json &J, Severity &V);
void to_json(nlohmann::json &J, ParamIn V);
void from_json(const nlohmann::json &J, ParamIn &V);
void to_json(nlohmann::json &J, ParamSource V);
void from_json(const nlohmann::json &J, ParamSource &V);
void to_json(nlohmann::json &J, AuthorizerKind V);
void from_json(const nlohmann::json &J, AuthorizerKind &V);

void to_json(nlohmann::json &J, const Location &V);
void from_json(const nlohmann::json &J, Location &V);
void to_json(nlohmann::json &J, const Diagnostic &V);
void from_json(const nlohmann::json &J, Diagnostic &V);
void to_json(nlohmann::json &J, const NameWord &V);
void from_json(const nlohmann::json &J, NameWord &V);
void to_json(nlohmann::json &J, const Annotation &V);
void from_json(const nlohmann::json &J, Annotation &V);
void to_json(nlohmann::json &J, const Provenance::Key &V);
void from_json(const nlohmann::json &J, Provenance::Key &V);
void to_json(nlohmann::json &J, const Provenance &V);
void from_json(const nlohmann::json &J, Provenance &V);
void to_json(nlohmann::json &J, const ModelField &V);
void from_json(const nlohmann::json &J, ModelField &V);
void to_json(nlohmann::json &J, const ModelEnumerator &V);
void from_json(const nlohmann::json &J, ModelEnumerator &V);
void to_json(nlohmann::json &J, const Model &V);
void from_json(const nlohmann::json &J, Model &V);
void to_json(nlohmann::json &J, const Parameter &V);
void from_json(const nlohmann::json &J, Parameter &V);
void to_json(nlohmann::json &J, const RequestBody &V);
void from_json(const nlohmann::json &J, RequestBody &V);
void to_json(nlohmann::json &J, const Response &V);
void from_json(const nlohmann::json &J, Response &V);
void to_json(nlohmann::json &J, const SecurityRequirement &V);
void from_json(const nlohmann::json &J, SecurityRequirement &V);
void to_json(nlohmann::json &J, const RequestParameterMapping &V);
void from_json(const nlohmann::json &J, RequestParameterMapping &V);
void to_json(nlohmann::json &J, const S3Object &V);
void from_json(const nlohmann::json &J, S3Object &V);
void to_json(nlohmann::json &J, const DynamoDbItem &V);
void from_json(const nlohmann::json &J, DynamoDbItem &V);
void to_json(nlohmann::json &J, const MockResponse &V);
void from_json(const nlohmann::json &J, MockResponse &V);
void to_json(nlohmann::json &J, const KindOptions &V);
void from_json(const nlohmann::json &J, KindOptions &V);
void to_json(nlohmann::json &J, const Integration &V);
void from_json(const nlohmann::json &J, Integration &V);
void to_json(nlohmann::json &J, const CppParameter &V);
void from_json(const nlohmann::json &J, CppParameter &V);
void to_json(nlohmann::json &J, const HandlerSignature &V);
void from_json(const nlohmann::json &J, HandlerSignature &V);
void to_json(nlohmann::json &J, const Operation &V);
void from_json(const nlohmann::json &J, Operation &V);
void to_json(nlohmann::json &J, const Authorizer &V);
void from_json(const nlohmann::json &J, Authorizer &V);
void to_json(nlohmann::json &J, const ApiSettings &V);
void from_json(const nlohmann::json &J, ApiSettings &V);
void to_json(nlohmann::json &J, const ApiModel &V);
void from_json(const nlohmann::json &J, ApiModel &V);

} // namespace apigw
