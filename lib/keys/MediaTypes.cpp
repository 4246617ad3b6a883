//===- MediaTypes.cpp -----------------------------------------------------===//
#include "keys/MediaTypes.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/ADT/StringRef.h>

namespace apigw {
namespace {

/// `type/subtype` without parameters (`; charset=...`), lower case.
std::string essence(std::string_view Type) {
  return llvm::StringRef(Type).split(';').first.trim().lower();
}

/// RFC 6838's restricted-name characters, which both halves use.
bool isTokenChar(char C) {
  return llvm::isAlnum(C) || llvm::StringRef("!#$&-^_.+").contains(C);
}

bool isToken(llvm::StringRef Text) {
  return !Text.empty() && llvm::all_of(Text, isTokenChar);
}

/// `type/subtype`, each a token; parameters after `;` are allowed.
bool isMediaType(std::string_view Type) {
  const std::string Essence = essence(Type);
  auto [Main, Sub] = llvm::StringRef(Essence).split('/');
  return isToken(Main) && isToken(Sub);
}

void readContentType(const Annotation &A, std::string &MediaType, Diagnostics &Diags) {
  if (!isMediaType(*A.Value)) {
    Diags.push_back({A.Loc, Severity::Error,
                     "invalid value for '" + A.Key + "': '" + *A.Value +
                         "' is not a media type such as 'application/pdf' or 'image/*'",
                     {}});
    return;
  }
  MediaType = llvm::StringRef(*A.Value).trim().str();
}

} // namespace

bool isJsonMediaType(std::string_view Type) {
  const std::string Essence = essence(Type);
  return Essence == "application/json" || llvm::StringRef(Essence).ends_with("+json");
}

bool isBinaryMediaType(std::string_view Type) {
  const std::string Essence = essence(Type);
  llvm::StringRef E(Essence);
  return !isJsonMediaType(E) && !E.starts_with("text/") && E != "application/xml" &&
         !E.ends_with("+xml") && E != "application/x-www-form-urlencoded";
}

bool isListedBinary(std::string_view Type, const std::vector<std::string> &Listed) {
  const std::string Essence = essence(Type);
  auto [Main, Sub] = llvm::StringRef(Essence).split('/');
  for (const std::string &Entry : Listed) {
    const std::string ListedEssence = essence(Entry);
    auto [ListedMain, ListedSub] = llvm::StringRef(ListedEssence).split('/');
    if ((ListedMain == "*" || ListedMain == Main) && (ListedSub == "*" || ListedSub == Sub))
      return true;
  }
  return false;
}

Schema contentSchema(std::string_view Type, const Schema &Typed) {
  if (isJsonMediaType(Type))
    return Typed;
  if (!isBinaryMediaType(Type))
    return {{"type", "string"}};
  return {{"type", "string"}, {"format", "binary"}};
}

void applyContentTypes(const Annotations &Keys, Operation &Op, Diagnostics &Diags) {
  if (const Annotation *A = findKey(Keys, "response_content_type"); A && !Op.Responses.empty()) {
    Response &Success = Op.Responses.front();
    readContentType(*A, Success.MediaType, Diags);
    if (!Success.MediaType.empty() && (Success.Body || !isJsonMediaType(Success.MediaType)))
      Success.Body = contentSchema(Success.MediaType, Success.Body.value_or(Schema()));
  }
  if (const Annotation *A = findKey(Keys, "request_content_type")) {
    std::string MediaType;
    readContentType(*A, MediaType, Diags);
    if (MediaType.empty())
      return;
    if (!Op.Body)
      Op.Body = RequestBody{Schema::object(), /*Required=*/true, "", ""};
    Op.Body->MediaType = MediaType;
    Op.Body->Type = contentSchema(MediaType, Op.Body->Type);
  }
}

} // namespace apigw
