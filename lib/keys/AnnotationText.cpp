//===- AnnotationText.cpp - `key=value` strings and the key vocabulary ----===//
//
// The vocabulary is one table of data: adding a key is adding a
// row, and every query below (known? flag? allowed here? did you mean?)
// reads the same rows, so they cannot disagree.
//
//===----------------------------------------------------------------------===//
#include "keys/AnnotationText.h"

#include "integrations/Registry.h"

#include <llvm/ADT/StringRef.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace apigw {

namespace {

/// A set of DeclKinds as bits, so a table row can name several.
using KindSet = unsigned;

constexpr KindSet bit(DeclKind Kind) {
  return 1u << static_cast<unsigned>(Kind);
}

constexpr KindSet OnHandler = bit(DeclKind::Handler);
constexpr KindSet OnParameter = bit(DeclKind::Parameter);
constexpr KindSet OnRecord = bit(DeclKind::Record);
constexpr KindSet OnField = bit(DeclKind::Field);
constexpr KindSet OnEnumConstant = bit(DeclKind::EnumConstant);
constexpr KindSet OnAuthorizer = bit(DeclKind::Authorizer);
constexpr KindSet OnApi = bit(DeclKind::Api);
constexpr KindSet OnAlias = bit(DeclKind::Alias);

/// Schema constraints, valid on model fields and on handler parameters alike
/// (a query parameter has a schema too).
constexpr KindSet OnSchema = OnParameter | OnField;

enum Form : bool { Valued = false, Flag = true };

struct KeyInfo {
  std::string_view Name;
  Form Shape;
  KindSet Kinds;
};

constexpr auto StaticKeys = std::to_array<KeyInfo>({
    // Route keys.
    {"get", Valued, OnHandler},
    {"put", Valued, OnHandler},
    {"post", Valued, OnHandler},
    {"delete", Valued, OnHandler},
    {"patch", Valued, OnHandler},
    {"head", Valued, OnHandler},
    {"options", Valued, OnHandler},
    {"any", Valued, OnHandler},
    // Here come the keys of the integration kinds (integrationKeyRows).
    // The keys every kind may read.
    {"aws_iam_arn", Valued, OnHandler},
    {"aws_vtl_request_template", Valued, OnHandler},
    {"aws_vtl_response_template", Valued, OnHandler},
    {"aws_request_parameters", Valued, OnHandler},
    {"timeout_ms", Valued, OnHandler},
    {"passthrough_behavior", Valued, OnHandler},
    {"content_handling", Valued, OnHandler},
    {"vpc_link_id", Valued, OnHandler},
    // Operation keys; `description` is shared by most kinds.
    {"summary", Valued, OnHandler},
    {"description", Valued,
     OnHandler | OnParameter | OnRecord | OnField | OnApi},
    {"tags", Valued, OnHandler},
    {"operation_id", Valued, OnHandler},
    {"deprecated", Flag, OnHandler | OnSchema},
    {"status_code", Valued, OnHandler},
    {"response", Valued, OnHandler},
    {"security", Valued, OnHandler | OnApi},
    {"api_key_required", Flag, OnHandler},
    {"validate", Valued, OnHandler | OnApi},
    {"response_content_type", Valued, OnHandler},
    {"request_content_type", Valued, OnHandler},
    // Parameter keys.
    {"path", Flag, OnParameter},
    {"query", Flag, OnParameter},
    {"header", Valued, OnParameter},
    {"body", Flag, OnParameter},
    {"name", Valued, OnParameter | OnRecord | OnAlias},
    {"ignore", Flag, OnParameter | OnField},
    // Field constraints (also on parameters).
    {"minimum", Valued, OnSchema},
    {"maximum", Valued, OnSchema},
    {"exclusive_minimum", Valued, OnSchema},
    {"exclusive_maximum", Valued, OnSchema},
    {"multiple_of", Valued, OnSchema},
    {"min_length", Valued, OnSchema},
    {"max_length", Valued, OnSchema},
    {"pattern", Valued, OnSchema},
    {"format", Valued, OnSchema},
    {"min_items", Valued, OnSchema},
    {"max_items", Valued, OnSchema},
    {"unique_items", Flag, OnSchema},
    {"enum", Valued, OnSchema},
    {"default", Valued, OnSchema},
    {"example", Valued, OnSchema | OnRecord},
    {"required", Flag, OnSchema},
    {"optional", Flag, OnSchema},
    // Field-only keys: they describe a property of a model.
    {"json_name", Valued, OnField | OnEnumConstant},
    {"read_only", Flag, OnField},
    {"write_only", Flag, OnField},
    {"nullable", Flag, OnField},
    // Record keys.
    {"title", Valued, OnRecord | OnApi},
    // Authorizers.
    {"authorizer", Valued, OnAuthorizer},
    {"authorizer_name", Valued, OnAuthorizer},
    {"user_pool_arn", Valued, OnAuthorizer},
    {"aws_iam_role_arn", Valued, OnAuthorizer},
    {"header_names", Valued, OnAuthorizer},
    {"query_names", Valued, OnAuthorizer},
    {"identity_validation_expression", Valued, OnAuthorizer},
    {"ttl", Valued, OnAuthorizer},
    // The API.
    {"api", Flag, OnApi},
    {"version", Valued, OnApi},
    {"server", Valued, OnApi},
    {"cors_origin", Valued, OnApi},
    {"cors_headers", Valued, OnApi},
    {"cors_methods", Valued, OnApi},
    {"binary_media_types", Valued, OnApi},
    {"api_key_source", Valued, OnApi},
    {"endpoint_type", Valued, OnApi},
    {"minimum_compression_size", Valued, OnApi},
    {"gateway_responses", Flag, OnApi},
});

/// The keys that choose an integration kind and the keys only one kind
/// reads, from the registry. A Lambda authorizer reads `aws_lambda_uri` too.
std::vector<KeyInfo> integrationKeyRows() {
  std::vector<KeyInfo> Rows;
  auto Add = [&](std::string_view Name) {
    Rows.push_back({Name, Valued, Name == "aws_lambda_uri" ? OnHandler | OnAuthorizer : OnHandler});
  };
  for (const IntegrationKind *Kind : integrationKinds()) {
    for (const ChoosingKey &Key : Kind->choosingKeys())
      Add(Key.Name);
    for (std::string_view Option : Kind->optionKeys())
      Add(Option);
  }
  return Rows;
}

/// Every key: the route keys, the integration kinds' keys, then the rest.
const std::vector<KeyInfo> &keyTable() {
  static const std::vector<KeyInfo> Table = [] {
    auto Integrations = std::find_if(StaticKeys.begin(), StaticKeys.end(),
                                     [](const KeyInfo &Info) { return Info.Name == "aws_iam_arn"; });
    std::vector<KeyInfo> Keys(StaticKeys.begin(), Integrations);
    for (const KeyInfo &Row : integrationKeyRows())
      Keys.push_back(Row);
    Keys.insert(Keys.end(), Integrations, StaticKeys.end());
    return Keys;
  }();
  return Table;
}

const KeyInfo *findKey(std::string_view Key) {
  const std::vector<KeyInfo> &Table = keyTable();
  auto It = std::find_if(Table.begin(), Table.end(),
                         [&](const KeyInfo &Info) { return Info.Name == Key; });
  return It == Table.end() ? nullptr : &*It;
}

constexpr std::string_view Blanks = " \t\r\n\v\f";

std::string_view trim(std::string_view Text) {
  size_t First = Text.find_first_not_of(Blanks);
  if (First == std::string_view::npos)
    return {};
  size_t Last = Text.find_last_not_of(Blanks);
  return Text.substr(First, Last - First + 1);
}

} // namespace

KeyValue splitKeyValue(std::string_view Text) {
  size_t Equals = Text.find('=');
  if (Equals == std::string_view::npos)
    return {std::string(trim(Text)), std::nullopt};
  return {std::string(trim(Text.substr(0, Equals))),
          std::string(Text.substr(Equals + 1))};
}

std::vector<std::string> splitList(std::string_view Text) {
  std::vector<std::string> Items;
  while (true) {
    size_t Comma = Text.find(',');
    std::string_view Item = trim(Text.substr(0, Comma));
    if (!Item.empty())
      Items.emplace_back(Item);
    if (Comma == std::string_view::npos)
      return Items;
    Text.remove_prefix(Comma + 1);
  }
}

bool isKnownKey(std::string_view Key) { return findKey(Key) != nullptr; }

bool keyBelongsTo(std::string_view Key, DeclKind Kind) {
  const KeyInfo *Info = findKey(Key);
  return Info && (Info->Kinds & bit(Kind)) != 0;
}

bool isFlagKey(std::string_view Key) {
  const KeyInfo *Info = findKey(Key);
  return Info && Info->Shape == Flag;
}

namespace {

/// `titel` for `title`: two neighbouring characters swapped, which edit
/// distance counts as two replacements but a reader sees as one slip.
bool isOneSwap(std::string_view Typed, std::string_view Key) {
  if (Typed.size() != Key.size())
    return false;
  size_t First = 0;
  while (First < Typed.size() && Typed[First] == Key[First])
    ++First;
  return First + 1 < Typed.size() && Typed[First] == Key[First + 1] &&
         Typed[First + 1] == Key[First] && Typed.substr(First + 2) == Key.substr(First + 2);
}

/// `get:/orders` or `get /orders`: a valued key of `Kind`, then ':' or a blank
/// where '=' belongs.
std::optional<KeyValue> withEquals(std::string_view Text, DeclKind Kind) {
  size_t Separator = Text.find_first_of(": \t");
  if (Separator == std::string_view::npos)
    return std::nullopt;
  std::string Key(trim(Text.substr(0, Separator)));
  std::string_view Value = trim(Text.substr(Separator + 1));
  if (Value.empty() || !keyBelongsTo(Key, Kind) || isFlagKey(Key))
    return std::nullopt;
  return KeyValue{std::move(Key), std::string(Value)};
}

} // namespace

namespace {

/// `customer_id`, `customerId` and `CustomerID` all read `customerid`.
std::string looseSpelling(std::string_view Name) {
  std::string Out;
  for (char C : Name)
    if (C != '_' && C != '-')
      Out += static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Out;
}

} // namespace

std::optional<std::string> closestName(std::string_view Name,
                                       const std::vector<std::string> &Candidates) {
  const std::string Loose = looseSpelling(Name);
  const unsigned MaxDistance = (Name.size() + 2) / 3;
  const std::string *Best = nullptr;
  unsigned BestDistance = MaxDistance + 1;
  for (const std::string &Candidate : Candidates) {
    unsigned Distance =
        looseSpelling(Candidate) == Loose ? 0
        : isOneSwap(Name, Candidate)
            ? 1
            : llvm::StringRef(Name).edit_distance(Candidate, /*AllowReplacements=*/true,
                                                  MaxDistance);
    if (Candidate != Name && Distance < BestDistance) {
      Best = &Candidate;
      BestDistance = Distance;
    }
  }
  if (!Best)
    return std::nullopt;
  return *Best;
}

std::optional<KeySuggestion> suggestKey(const KeyValue &Written, DeclKind Kind) {
  if (!Written.Value)
    if (auto Fixed = withEquals(Written.Key, Kind))
      return KeySuggestion{std::move(*Fixed), /*SeparatorFixed=*/true};
  if (auto Close = closestKey(Written.Key, Kind))
    return KeySuggestion{{std::move(*Close), Written.Value}, /*SeparatorFixed=*/false};
  return std::nullopt;
}

std::optional<std::string> closestKey(std::string_view Key, DeclKind Kind) {
  // Case slips (`Summary`) count as the near misses they are.
  std::string Lower(Key);
  std::transform(Lower.begin(), Lower.end(), Lower.begin(),
                 [](unsigned char C) { return std::tolower(C); });
  // About one typo per three characters: `sumary` still finds `summary`,
  // while a short unrelated word does not get a far-fetched suggestion.
  unsigned MaxDistance = std::max<unsigned>(1, Lower.size() / 3);
  const KeyInfo *Best = nullptr;
  unsigned BestDistance = MaxDistance + 1;
  for (const KeyInfo &Info : keyTable()) {
    if ((Info.Kinds & bit(Kind)) == 0 || Info.Name == Key)
      continue;
    unsigned Distance =
        isOneSwap(Lower, Info.Name)
            ? 1
            : llvm::StringRef(Lower).edit_distance(llvm::StringRef(Info.Name),
                                                   /*AllowReplacements=*/true, MaxDistance);
    // Strictly smaller: on a tie the table's order decides, deterministically.
    if (Distance < BestDistance) {
      Best = &Info;
      BestDistance = Distance;
    }
  }
  if (!Best)
    return std::nullopt;
  return std::string(Best->Name);
}

std::string_view describe(DeclKind Kind) {
  switch (Kind) {
  case DeclKind::Handler:
    return "handler";
  case DeclKind::Parameter:
    return "handler parameter";
  case DeclKind::Record:
    return "model";
  case DeclKind::Field:
    return "model field";
  case DeclKind::EnumConstant:
    return "enumerator";
  case DeclKind::Authorizer:
    return "authorizer";
  case DeclKind::Api:
    return "api variable";
  case DeclKind::Alias:
    return "type alias";
  }
  return "declaration";
}

} // namespace apigw
