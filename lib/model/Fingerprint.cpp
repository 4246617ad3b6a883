//===- Fingerprint.cpp - Canonical text of a declaration ------------------===//
#include "model/Fingerprint.h"

#include "model/RepresentationJson.h"

namespace apigw {

namespace {

/// The fragment serialisation (RepresentationJson.h, sorted keys) is already
/// a canonical form of every field, so it is the fingerprint: one list of a
/// struct's fields, not a second one here. Annotation values and doc comments
/// may hold bytes that are not UTF-8 (a Latin-1 source file); they become
/// U+FFFD, as in the written document, instead of an exception.
std::string text(const nlohmann::json &Fields) {
  return Fields.dump(-1, ' ', /*ensure_ascii=*/false,
                     nlohmann::json::error_handler_t::replace);
}

} // namespace

std::string fingerprint(const Operation &Op) { return text(Op); }

std::string fingerprint(const Authorizer &A) { return text(A); }

std::string fingerprint(const ApiSettings &A) { return text(A); }

std::string fingerprint(const Model &M) {
  nlohmann::json Fields = M;
  Fields.erase("Loc");
  Fields.erase("From");
  return text(Fields);
}

} // namespace apigw
