//===- annotation_text_fuzzer.cpp - `key=value` strings and the vocabulary
//-===//
//
// splitKeyValue, splitList and the key-table queries on arbitrary text, with
// the properties the scanner relies on.
//
//===----------------------------------------------------------------------===//
#include "keys/AnnotationText.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace apigw;

namespace {

constexpr std::string_view Blanks = " \t\r\n\v\f";

bool isTrimmed(std::string_view S) {
  return S.empty() || (Blanks.find(S.front()) == std::string_view::npos &&
                       Blanks.find(S.back()) == std::string_view::npos);
}

constexpr DeclKind AllKinds[] = {
    DeclKind::Handler, DeclKind::Parameter,    DeclKind::Record,
    DeclKind::Field,   DeclKind::EnumConstant, DeclKind::Authorizer,
    DeclKind::Api,
};

void checkKeyValue(std::string_view Text) {
  KeyValue KV = splitKeyValue(Text);
  FUZZ_CHECK(isTrimmed(KV.Key), "key '" + KV.Key + "' is not trimmed");
  size_t Equals = Text.find('=');
  if (Equals == std::string_view::npos) {
    FUZZ_CHECK(!KV.Value, "a value without '='");
    return;
  }
  FUZZ_CHECK(KV.Value, "'=' but no value");
  FUZZ_CHECK(*KV.Value == Text.substr(Equals + 1), "the value is not verbatim");
  FUZZ_CHECK(KV.Key.find('=') == std::string::npos, "'=' in the key");
  FUZZ_CHECK(Text.substr(0, Equals).find(KV.Key) != std::string_view::npos,
             "the key is not a part of the text before '='");
}

void checkList(std::string_view Text) {
  size_t From = 0;
  for (const std::string &Item : splitList(Text)) {
    FUZZ_CHECK(!Item.empty(), "an empty list item");
    FUZZ_CHECK(isTrimmed(Item), "list item '" + Item + "' is not trimmed");
    FUZZ_CHECK(Item.find(',') == std::string::npos, "',' in a list item");
    size_t At = Text.find(Item, From);
    FUZZ_CHECK(At != std::string_view::npos, "list items out of order");
    From = At + Item.size();
  }
}

void checkVocabulary(std::string_view Key) {
  bool Known = isKnownKey(Key);
  bool OnSomeKind = false;
  for (DeclKind Kind : AllKinds) {
    bool Belongs = keyBelongsTo(Key, Kind);
    FUZZ_CHECK(!Belongs || Known, "a key that belongs somewhere is unknown");
    OnSomeKind |= Belongs;
    FUZZ_CHECK(!describe(Kind).empty(), "a kind without a name");
    if (std::optional<std::string> Hint = closestKey(Key, Kind)) {
      FUZZ_CHECK(isKnownKey(*Hint), "hint '" + *Hint + "' is not a key");
      FUZZ_CHECK(keyBelongsTo(*Hint, Kind),
                 "hint '" + *Hint + "' does not belong on that kind");
      FUZZ_CHECK(*Hint != Key, "a key suggested as a fix for itself");
    }
  }
  FUZZ_CHECK(!Known || OnSomeKind, "a known key that belongs nowhere");
  FUZZ_CHECK(!isFlagKey(Key) || Known, "an unknown flag");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  checkKeyValue(Text);
  checkList(Text);
  checkVocabulary(Text);
  checkVocabulary(splitKeyValue(Text).Key);
  return 0;
}
