//===- PublicOperations.cpp - Operations as documentation portals read them ===//
#include "emit/PublicOperations.h"

#include "model/HttpMethods.h"
#include "emit/JsonInsert.h"

#include <array>
#include <cctype>

namespace apigw {

namespace {

using nlohmann::ordered_json;

constexpr const char *AnyMethodKey = "x-amazon-apigateway-any-method";

/// The methods API Gateway's ANY answers, in the path item's order.
constexpr std::array<const char *, 7> AnyMethods = {
    "get", "put", "post", "delete", "options", "head", "patch"};

bool isLower(char C) { return std::islower(static_cast<unsigned char>(C)); }
bool isUpper(char C) { return std::isupper(static_cast<unsigned char>(C)); }
bool isAlnum(char C) { return std::isalnum(static_cast<unsigned char>(C)); }

/// Whether a new word starts at `Name[I]` inside a run of letters: `listPets`
/// at `P`, `HTTPServer` at `S` (the last capital before a lower-case letter).
bool startsCamelWord(std::string_view Name, size_t I) {
  if (I == 0 || !isUpper(Name[I]))
    return false;
  if (isLower(Name[I - 1]) || std::isdigit(static_cast<unsigned char>(Name[I - 1])))
    return true;
  return isUpper(Name[I - 1]) && I + 1 < Name.size() && isLower(Name[I + 1]);
}

ordered_json expandedOperation(const ordered_json &Any, const char *Method) {
  ordered_json Op = Any;
  if (auto Id = Op.find("operationId"); Id != Op.end() && Id->is_string())
    *Id = Id->get<std::string>() + "_" + Method;
  return Op;
}

void expandAnyMethod(ordered_json &Item, bool CorsPreflights) {
  auto Any = Item.find(AnyMethodKey);
  if (Any == Item.end())
    return;
  ordered_json Out = ordered_json::object();
  for (const char *Method : AnyMethods) {
    if (Item.contains(Method))
      Out[Method] = std::move(Item[Method]);
    else if (!(CorsPreflights && std::string_view(Method) == "options"))
      Out[Method] = expandedOperation(*Any, Method);
  }
  // Whatever else the item holds (nothing the emitters write today) stays.
  for (auto It = Item.begin(); It != Item.end(); ++It)
    if (It.key() != AnyMethodKey && !Out.contains(It.key()))
      Out[It.key()] = std::move(It.value());
  Item = std::move(Out);
}

} // namespace

void forEachOperation(
    ordered_json &Doc,
    const std::function<void(const std::string &, ordered_json &)> &Visit) {
  auto Paths = Doc.find("paths");
  if (Paths == Doc.end() || !Paths->is_object())
    return;
  for (ordered_json &Item : *Paths) {
    if (!Item.is_object())
      continue;
    for (auto It = Item.begin(); It != Item.end(); ++It)
      if ((It.key() == AnyMethodKey || methodRank(It.key()) < methodRank("any")) &&
          It->is_object())
        Visit(It.key(), *It);
  }
}

std::string summaryFromName(std::string_view Name) {
  std::string Summary;
  bool WordStart = true;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!isAlnum(C)) {
      WordStart = true;
      continue;
    }
    if (startsCamelWord(Name, I))
      WordStart = true;
    if (WordStart && !Summary.empty())
      Summary += ' ';
    Summary += WordStart ? static_cast<char>(std::toupper(static_cast<unsigned char>(C))) : C;
    WordStart = false;
  }
  return Summary;
}

void addMissingSummaries(ordered_json &Doc) {
  forEachOperation(Doc, [](const std::string &, ordered_json &Op) {
    auto Id = Op.find("operationId");
    if (Op.contains("summary") || Id == Op.end() || !Id->is_string())
      return;
    if (std::string Summary = summaryFromName(Id->get<std::string>());
        !Summary.empty())
      insertAfter(Op, "operationId", "summary", Summary);
  });
}

void expandAnyMethods(ordered_json &Doc, bool CorsPreflights) {
  auto Paths = Doc.find("paths");
  if (Paths == Doc.end() || !Paths->is_object())
    return;
  for (ordered_json &Item : *Paths)
    if (Item.is_object())
      expandAnyMethod(Item, CorsPreflights);
}

} // namespace apigw
