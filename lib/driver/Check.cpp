//===- Check.cpp - --check: are the outputs up to date? -------------------===//
#include "driver/Check.h"

#include "model/HttpMethods.h"
#include "model/JsonDepth.h"
#include "emit/YamlDocument.h"

#include <llvm/Support/MemoryBuffer.h>

#include <algorithm>
#include <set>

namespace apigw {

namespace {

using nlohmann::ordered_json;

/// Differences shown before "and N more".
constexpr size_t Shown = 8;

const ordered_json &member(const ordered_json &Object, const std::string &Key) {
  static const ordered_json Missing;
  if (!Object.is_object())
    return Missing;
  auto It = Object.find(Key);
  return It == Object.end() ? Missing : *It;
}

/// The keys of both objects: `New`'s in order, then those only `Old` has.
std::vector<std::string> unionKeys(const ordered_json &Old,
                                   const ordered_json &New) {
  std::vector<std::string> Keys;
  for (const ordered_json *Object : {&New, &Old})
    if (Object->is_object())
      for (auto It = Object->begin(); It != Object->end(); ++It)
        if (std::find(Keys.begin(), Keys.end(), It.key()) == Keys.end())
          Keys.push_back(It.key());
  return Keys;
}

/// `+name`, `-name`, `~name` or nothing.
void compare(const ordered_json &Old, const ordered_json &New,
             const std::string &Name, std::vector<std::string> &Out) {
  if (Old == New)
    return;
  Out.push_back((Old.is_null() ? "+" : New.is_null() ? "-" : "~") + Name);
}

std::string methodName(const std::string &Key) {
  if (Key == "x-amazon-apigateway-any-method")
    return "ANY";
  return upperMethod(Key);
}

bool isOperationKey(const std::string &Key) {
  return Key == "x-amazon-apigateway-any-method" ||
         methodRank(Key) < methodRank("any");
}

void compareOperations(const ordered_json &Old, const ordered_json &New,
                       std::vector<std::string> &Out) {
  std::vector<std::string> Paths = unionKeys(Old, New);
  std::sort(Paths.begin(), Paths.end());
  for (const std::string &Path : Paths) {
    const ordered_json &OldItem = member(Old, Path);
    const ordered_json &NewItem = member(New, Path);
    std::vector<std::string> Keys = unionKeys(OldItem, NewItem);
    std::stable_sort(Keys.begin(), Keys.end(),
                     [](const std::string &A, const std::string &B) {
                       auto Rank = [](const std::string &K) {
                         return K == "x-amazon-apigateway-any-method"
                                    ? methodRank("any")
                                    : methodRank(K);
                       };
                       return Rank(A) < Rank(B);
                     });
    size_t Before = Out.size();
    for (const std::string &Key : Keys)
      if (isOperationKey(Key))
        compare(member(OldItem, Key), member(NewItem, Key),
                methodName(Key) + " " + Path, Out);
    // Path-level members (parameters, servers...) changed, no operation did.
    if (Out.size() == Before && OldItem != NewItem)
      compare(OldItem, NewItem, "path " + Path, Out);
  }
}

void compareNamed(const ordered_json &Old, const ordered_json &New,
                  const std::string &What, std::vector<std::string> &Out) {
  std::vector<std::string> Names = unionKeys(Old, New);
  std::sort(Names.begin(), Names.end());
  for (const std::string &Name : Names)
    compare(member(Old, Name), member(New, Name), What + " " + Name, Out);
}

std::string summary(const std::vector<std::string> &Differences) {
  std::string Text;
  for (size_t I = 0; I < Differences.size() && I < Shown; ++I)
    Text += (I ? ", " : "") + Differences[I];
  if (Differences.size() > Shown)
    Text += ", and " + std::to_string(Differences.size() - Shown) + " more";
  return Text;
}

llvm::Expected<ordered_json> parseDocument(llvm::StringRef Text,
                                           OutputFormat Format) {
  if (Format == OutputFormat::Yaml)
    return parseYaml(Text);
  if (llvm::Error TooDeep = checkJsonDepth(Text, MaxJsonFileDepth))
    return std::move(TooDeep);
  ordered_json Doc =
      ordered_json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (Doc.is_discarded())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not valid JSON");
  return Doc;
}

/// The names of a variables file's `variable "<name>"` blocks.
std::set<std::string> variableNames(llvm::StringRef Text) {
  std::set<std::string> Names;
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (!Line.consume_front("variable"))
      continue;
    Line = Line.ltrim();
    if (Line.consume_front("\""))
      Names.insert(Line.take_until([](char C) { return C == '"'; }).str());
  }
  return Names;
}

std::vector<std::string> variableDifferences(llvm::StringRef Old,
                                             llvm::StringRef New) {
  std::set<std::string> OldNames = variableNames(Old);
  std::set<std::string> NewNames = variableNames(New);
  std::vector<std::string> Out;
  for (const std::string &Name : NewNames)
    if (!OldNames.count(Name))
      Out.push_back("+variable " + Name);
  for (const std::string &Name : OldNames)
    if (!NewNames.count(Name))
      Out.push_back("-variable " + Name);
  return Out;
}

} // namespace

std::vector<std::string> documentDifferences(const ordered_json &Old,
                                             const ordered_json &New) {
  std::vector<std::string> Out;
  compareOperations(member(Old, "paths"), member(New, "paths"), Out);
  const ordered_json &OldComponents = member(Old, "components");
  const ordered_json &NewComponents = member(New, "components");
  compareNamed(member(OldComponents, "schemas"),
               member(NewComponents, "schemas"), "schema", Out);
  compareNamed(member(OldComponents, "securitySchemes"),
               member(NewComponents, "securitySchemes"), "security scheme",
               Out);
  for (const std::string &Key : unionKeys(OldComponents, NewComponents))
    if (Key != "schemas" && Key != "securitySchemes")
      compare(member(OldComponents, Key), member(NewComponents, Key),
              "components " + Key, Out);
  for (const std::string &Key : unionKeys(Old, New))
    if (Key != "paths" && Key != "components")
      compare(member(Old, Key), member(New, Key), Key, Out);
  return Out;
}

std::optional<std::string> checkOutput(const CheckedOutput &Output) {
  auto Buffer = llvm::MemoryBuffer::getFile(Output.Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return Output.Path +
           (Buffer.getError() == std::errc::no_such_file_or_directory
                ? " is stale: it does not exist"
                : " is stale: cannot read it (" + Buffer.getError().message() +
                      ")");
  llvm::StringRef Current = (*Buffer)->getBuffer();
  if (Current == Output.Contents)
    return std::nullopt;

  std::vector<std::string> Differences;
  if (Output.Format) {
    auto Old = parseDocument(Current, *Output.Format);
    if (!Old)
      return Output.Path + " is stale: " + llvm::toString(Old.takeError());
    auto New = parseDocument(Output.Contents, *Output.Format);
    if (!New) // Cannot happen: we wrote it. Say so rather than crash.
      return Output.Path + " is stale: " + llvm::toString(New.takeError());
    Differences = documentDifferences(*Old, *New);
  } else {
    Differences = variableDifferences(Current, Output.Contents);
    if (Differences.empty())
      return Output.Path + " is stale: descriptions or formatting differ";
  }
  if (Differences.empty())
    return Output.Path + " is stale: formatting only (same data)";
  return Output.Path + " is stale (" + std::to_string(Differences.size()) +
         (Differences.size() == 1 ? " change): " : " changes): ") +
         summary(Differences);
}

} // namespace apigw
