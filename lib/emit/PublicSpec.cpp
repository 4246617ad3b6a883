//===- PublicSpec.cpp - The spec for documentation portals ----------------===//
#include "emit/PublicSpec.h"

#include "emit/JsonInsert.h"
#include "emit/PublicOperations.h"
#include "emit/PublicSecurity.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <vector>

namespace apigw {

namespace {

using nlohmann::ordered_json;

void eraseExtensions(ordered_json &Object) {
  if (!Object.is_object())
    return;
  for (auto It = Object.begin(); It != Object.end();)
    It = isAmazonExtension(It.key()) ? Object.erase(It) : std::next(It);
}

template <typename Visit>
void forEachMember(ordered_json &Parent, const char *Key, Visit V) {
  auto It = Parent.find(Key);
  if (It == Parent.end() || !(It->is_object() || It->is_array()))
    return;
  for (ordered_json &Member : *It)
    V(Member);
}

/// The greedy segments' names of `Path` (`proxy` for `/files/{proxy+}`).
std::vector<std::string> greedySegments(std::string_view Path) {
  static const std::regex Greedy(R"(\{([^{}]+)\+\})");
  std::vector<std::string> Names;
  std::string Text(Path);
  for (std::sregex_iterator It(Text.begin(), Text.end(), Greedy), End;
       It != End; ++It)
    Names.push_back((*It)[1].str());
  return Names;
}

/// Says what a greedy parameter matches, which `{name}` alone does not.
void describeGreedyParameters(ordered_json &Item,
                              const std::vector<std::string> &Names) {
  for (ordered_json &Op : Item) {
    if (!Op.is_object() || !Op.contains("parameters"))
      continue;
    for (ordered_json &Param : Op["parameters"])
      if (Param.value("in", "") == "path" && !Param.contains("description") &&
          std::find(Names.begin(), Names.end(), Param.value("name", "")) !=
              Names.end())
        insertAfter(Param, "required", "description",
                    "The rest of the path: one or more segments, `/` included.");
  }
}

/// OpenAPI has no greedy `{proxy+}` segment (API Gateway's syntax): it is
/// written `{proxy}`, and its parameter's description says what it matches.
/// The paths stay sorted.
void plainPathTemplates(ordered_json &Doc) {
  auto Paths = Doc.find("paths");
  if (Paths == Doc.end() || !Paths->is_object())
    return;
  std::map<std::string, ordered_json> Sorted;
  for (auto It = Paths->begin(); It != Paths->end(); ++It) {
    std::vector<std::string> Greedy = greedySegments(It.key());
    std::string Plain = It.key();
    for (const std::string &Name : Greedy) {
      std::string From = "{" + Name + "+}";
      Plain.replace(Plain.find(From), From.size(), "{" + Name + "}");
    }
    if (Greedy.empty() || Paths->contains(Plain)) {
      Sorted.emplace(It.key(), std::move(It.value()));
      continue;
    }
    describeGreedyParameters(It.value(), Greedy);
    Sorted.emplace(Plain, std::move(It.value()));
  }
  ordered_json Out = ordered_json::object();
  for (auto &[Path, Item] : Sorted)
    Out[Path] = std::move(Item);
  *Paths = std::move(Out);
}

/// `[{"name": "pets"}, ...]`: every tag the operations use, sorted; OpenAPI
/// tools expect each one declared.
ordered_json tagList(ordered_json &Doc) {
  std::set<std::string> Names;
  forEachOperation(Doc, [&](const std::string &, ordered_json &Op) {
    for (const ordered_json &Tag : Op.value("tags", ordered_json::array()))
      if (Tag.is_string())
        Names.insert(Tag.get<std::string>());
  });
  ordered_json Tags = ordered_json::array();
  for (const std::string &Name : Names)
    Tags.push_back({{"name", Name}});
  return Tags;
}

/// API Gateway's invoke URL, its parts as server variables: where a REST API
/// answers when no `server=` (a custom domain) says otherwise.
ordered_json invokeUrlServer() {
  auto Variable = [](const char *Default, const char *Description) {
    return ordered_json{{"default", Default}, {"description", Description}};
  };
  return ordered_json::array(
      {{{"url", "https://{restApiId}.execute-api.{region}.amazonaws.com/{stage}"},
        {"variables",
         {{"restApiId", Variable("abcde12345", "The id API Gateway gave the REST API")},
          {"region", Variable("us-east-1", "The AWS region the API is deployed in")},
          {"stage", Variable("prod", "The stage the API is deployed to")}}}}});
}

} // namespace

void makePublicSpec(ordered_json &Doc, bool CorsPreflights) {
  addMissingSummaries(Doc);
  describePublicSecurity(Doc);
  expandAnyMethods(Doc, CorsPreflights);
  plainPathTemplates(Doc);
  if (!Doc.contains("servers"))
    insertAfter(Doc, "info", "servers", invokeUrlServer());
  if (ordered_json Tags = tagList(Doc); !Tags.empty())
    insertAfter(Doc, "servers", "tags", std::move(Tags));
  removeAmazonExtensions(Doc);
}

bool isAmazonExtension(std::string_view Key) {
  return Key.rfind("x-amazon-apigateway-", 0) == 0;
}

void removeAmazonExtensions(ordered_json &Doc) {
  eraseExtensions(Doc);
  forEachMember(Doc, "servers", eraseExtensions);
  if (auto Paths = Doc.find("paths");
      Paths != Doc.end() && Paths->is_object()) {
    for (auto Item = Paths->begin(); Item != Paths->end();) {
      eraseExtensions(*Item);
      for (ordered_json &Operation : *Item)
        eraseExtensions(Operation);
      Item = Item->empty() ? Paths->erase(Item) : std::next(Item);
    }
  }
  if (auto Components = Doc.find("components"); Components != Doc.end()) {
    eraseExtensions(*Components);
    forEachMember(*Components, "securitySchemes", eraseExtensions);
  }
}

} // namespace apigw
