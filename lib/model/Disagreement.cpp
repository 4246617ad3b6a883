//===- Disagreement.cpp - What two sightings of one declaration differ in -===//
#include "model/Disagreement.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace apigw {

using nlohmann::json;

namespace {

/// Long enough for a key's value or a small schema; a whole body would bury
/// the point.
constexpr size_t MaxShown = 60;

/// Compact, ASCII (a cut never splits a character), and never an exception
/// for a Latin-1 byte in a comment.
std::string shown(const json &Value) {
  std::string Text = Value.dump(-1, ' ', /*ensure_ascii=*/true,
                                json::error_handler_t::replace);
  if (Text.size() > MaxShown)
    Text = Text.substr(0, MaxShown - 3) + "...";
  return Text;
}

using WrittenKey =
    std::tuple<Location, std::string, std::optional<std::string>>;

/// The keys `From` saw on `Declarations`, sorted by place and name.
std::vector<WrittenKey> keysOn(const Provenance &From,
                               const std::vector<Location> &Declarations) {
  std::vector<WrittenKey> Keys;
  for (const Provenance::Key &K : From.Keys)
    if (std::binary_search(Declarations.begin(), Declarations.end(),
                           K.Declaration))
      Keys.emplace_back(K.Written.Loc, K.Written.Key, K.Written.Value);
  std::sort(Keys.begin(), Keys.end());
  return Keys;
}

std::string valueOf(const std::vector<WrittenKey> &Keys, const Location &Loc,
                    const std::string &Key) {
  auto It = std::find_if(Keys.begin(), Keys.end(), [&](const WrittenKey &K) {
    return std::get<0>(K) == Loc && std::get<1>(K) == Key;
  });
  if (It == Keys.end())
    return "absent";
  const std::optional<std::string> &Value = std::get<2>(*It);
  return Value ? shown(*Value) : "set";
}

} // namespace

bool seesLess(const Provenance &Part, const Provenance &Whole) {
  return Part.Declarations.size() < Whole.Declarations.size() &&
         std::includes(Whole.Declarations.begin(), Whole.Declarations.end(),
                       Part.Declarations.begin(), Part.Declarations.end());
}

std::optional<Disagreement> keyDisagreement(const Provenance &First,
                                            const Provenance &Second) {
  std::vector<Location> Shared;
  std::set_intersection(First.Declarations.begin(), First.Declarations.end(),
                        Second.Declarations.begin(), Second.Declarations.end(),
                        std::back_inserter(Shared));
  const std::vector<WrittenKey> A = keysOn(First, Shared);
  const std::vector<WrittenKey> B = keysOn(Second, Shared);
  std::vector<WrittenKey> Differing;
  std::set_symmetric_difference(A.begin(), A.end(), B.begin(), B.end(),
                                std::back_inserter(Differing));
  if (Differing.empty())
    return std::nullopt;
  const auto &[Loc, Key, Value] = Differing.front();
  return Disagreement{Loc, "'" + Key + "'", valueOf(A, Loc, Key),
                      valueOf(B, Loc, Key)};
}

namespace {

/// What generated code needs (Representation.h's HandlerSignature, a model's
/// C++ facts) comes from the same C++ as the API's fields: when both differ,
/// the API's difference is the one to show, as the document would.
constexpr const char *CodeGenerationFacts[] = {"Handler", "CppName", "Header",
                                               "Fields", "Enumerators"};

/// Moves the code generation facts of `Fields` into an object of their own.
json takeCodeGenerationFacts(json &Fields) {
  json Facts = json::object();
  for (const char *Key : CodeGenerationFacts)
    if (auto It = Fields.find(Key); It != Fields.end()) {
      Facts[Key] = std::move(*It);
      Fields.erase(It);
    }
  return Facts;
}

} // namespace

std::optional<Disagreement> fieldDisagreement(json First, json Second,
                                              const Location &Loc) {
  for (json *Fields : {&First, &Second}) {
    Fields->erase("Loc");
    Fields->erase("From");
  }
  json FirstFacts = takeCodeGenerationFacts(First);
  json SecondFacts = takeCodeGenerationFacts(Second);
  json Patch = json::diff(First, Second);
  if (Patch.empty()) {
    First = std::move(FirstFacts);
    Second = std::move(SecondFacts);
    Patch = json::diff(First, Second);
  }
  if (Patch.empty())
    return std::nullopt;
  std::string Path = Patch.front().at("path").get<std::string>();
  // "/-" appends to an array: show the arrays.
  if (Path.ends_with("/-"))
    Path.resize(Path.size() - 2);
  const json::json_pointer Pointer(Path);
  auto At = [&](const json &Fields) {
    return Fields.contains(Pointer) ? shown(Fields.at(Pointer)) : "absent";
  };
  return Disagreement{Loc, "'" + Path.substr(1) + "'", At(First), At(Second)};
}

} // namespace apigw
