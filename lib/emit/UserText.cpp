//===- UserText.cpp - The one door user text enters the document by -------===//
#include "emit/UserText.h"

#include "emit/TemplateText.h"

namespace apigw {

std::string userText(std::string_view Text) {
  // `${identifier}` stays a placeholder; any other `${`, and every
  // `%{`, is escaped for templatefile().
  return escapeTemplateText(Text);
}

std::vector<std::string> userText(const std::vector<std::string> &Texts) {
  std::vector<std::string> Out;
  Out.reserve(Texts.size());
  for (const std::string &Text : Texts)
    Out.push_back(userText(Text));
  return Out;
}

Schema userJson(const Schema &Value) {
  if (Value.is_string())
    return userText(Value.get_ref<const std::string &>());
  if (Value.is_array()) {
    Schema Out = Schema::array();
    for (const Schema &Item : Value)
      Out.push_back(userJson(Item));
    return Out;
  }
  if (Value.is_object()) {
    Schema Out = Schema::object();
    for (const auto &[Key, Item] : Value.items())
      Out[userText(Key)] = userJson(Item);
    return Out;
  }
  return Value;
}

} // namespace apigw
