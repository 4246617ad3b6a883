//===- AnnotationText.h - `key=value` strings and the key vocabulary ------===//
//
// Pure functions over the strings users write in [[clang::annotate("...")]].
//
//===----------------------------------------------------------------------===//
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace apigw {

/// `key=value` or a bare flag `key`. The key is trimmed of surrounding blanks;
/// the value is verbatim (everything after the first `=`), so `${placeholders}`
/// and `=` inside values survive.
struct KeyValue {
  std::string Key;
  std::optional<std::string> Value;
};

KeyValue splitKeyValue(std::string_view Text);

/// `a, b,,c` -> {"a", "b", "c"}: comma separated, trimmed, empties dropped.
std::vector<std::string> splitList(std::string_view Text);

/// The kinds of declaration an annotation can sit on.
enum class DeclKind {
  Handler,      ///< A function with a route key.
  Parameter,    ///< A handler's parameter.
  Record,       ///< A model struct/class.
  Field,        ///< A model's data member.
  EnumConstant, ///< An enumerator of a model enum.
  Authorizer,   ///< A variable with `authorizer=`.
  Api,          ///< The variable with the `api` flag.
  Alias,        ///< A type alias or typedef naming a template specialisation.
};

/// Whether any kind of declaration knows this key: strings without a single
/// known key belong to other tools and are left alone.
bool isKnownKey(std::string_view Key);

/// Whether `Key` may appear on a declaration of kind `Kind`.
bool keyBelongsTo(std::string_view Key, DeclKind Kind);

/// Whether `Key` is a flag (no value) rather than `key=value`.
bool isFlagKey(std::string_view Key);

/// The key of `Kind` closest to a misspelt `Key`, when one is close enough
/// for a "did you mean" hint.
std::optional<std::string> closestKey(std::string_view Key, DeclKind Kind);

/// What an unknown key was probably meant to be: `get=/orders` for
/// `get:/orders` (SeparatorFixed), else the closest key of `Kind` with the
/// value as written.
struct KeySuggestion {
  KeyValue Meant;
  bool SeparatorFixed = false;
};
std::optional<KeySuggestion> suggestKey(const KeyValue &Written, DeclKind Kind);

/// Of `Candidates`, the one closest to the unknown name `Name`, when it is
/// close enough to be a slip: the same but for case and '_' (`customerId`,
/// `customer_id`), one swap of neighbours, or about one edit in three
/// characters (Clang's typo correction allows as much).
std::optional<std::string> closestName(std::string_view Name,
                                       const std::vector<std::string> &Candidates);

/// Human name of a kind, for "'x' does not belong on a <kind>" messages.
std::string_view describe(DeclKind Kind);

} // namespace apigw
