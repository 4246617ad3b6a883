//===- PublicSpec.cpp - The spec for documentation portals ----------------===//
#include "PublicSpec.h"

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

} // namespace

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
