//===- TerraformVariables.cpp - The placeholders a document needs ---------===//
#include "emit/TerraformVariables.h"

#include "emit/PublicSpec.h"
#include "emit/TemplateText.h"

#include <algorithm>
#include <cctype>

namespace apigw {

namespace {

using nlohmann::ordered_json;
using JsonPath = std::vector<std::string>;

std::string join(JsonPath::const_iterator Begin, JsonPath::const_iterator End,
                 std::string_view Separator) {
  std::string Out;
  for (auto It = Begin; It != End; ++It)
    Out += (Out.empty() ? "" : std::string(Separator)) + *It;
  return Out;
}

/// `integration uri`, `description`: the part of an operation a path inside
/// it names; an integration's member is kept, anything deeper is not.
std::string operationPart(const JsonPath &Rest) {
  if (Rest.empty())
    return "";
  if (Rest[0] == "x-amazon-apigateway-integration")
    return Rest.size() > 1 ? "integration " + Rest[1] : "integration";
  if (isAmazonExtension(Rest[0]))
    return Rest[0].substr(std::string_view("x-amazon-apigateway-").size());
  return Rest[0];
}

std::string methodName(const std::string &Key) {
  if (Key == "x-amazon-apigateway-any-method")
    return "ANY";
  std::string Upper = Key;
  std::transform(Upper.begin(), Upper.end(), Upper.begin(),
                 [](unsigned char C) { return std::toupper(C); });
  return Upper;
}

/// Where a JSON path points, for a person reading variables.tf.
std::string describe(const JsonPath &Path) {
  if (Path.empty())
    return "document";
  const std::string &Top = Path[0];
  if (Top == "paths" && Path.size() >= 3) {
    std::string Where = methodName(Path[2]) + " " + Path[1];
    std::string Part = operationPart(JsonPath(Path.begin() + 3, Path.end()));
    return Part.empty() ? Where : Where + " " + Part;
  }
  if (Top == "paths" && Path.size() == 2)
    return "path " + Path[1];
  if (Top == "components" && Path.size() >= 3 && Path[1] == "securitySchemes") {
    std::string Where = "security scheme " + Path[2];
    if (Path.size() >= 5 && Path[3] == "x-amazon-apigateway-authorizer")
      return Where + " " + Path[4];
    return Path.size() >= 4 ? Where + " " + Path[3] : Where;
  }
  if (Top == "components" && Path.size() >= 3 && Path[1] == "schemas")
    return "schema " + Path[2];
  if (Top == "info" || Top == "servers")
    return Path.size() >= 2 && Top == "info" ? "info " + Path[1] : Top;
  if (isAmazonExtension(Top))
    return Top.substr(std::string_view("x-amazon-apigateway-").size());
  return join(Path.begin(), Path.end(), "/");
}

void addUse(PlaceholderUses &Uses, const std::string &Name,
            const std::string &Where) {
  std::vector<std::string> &Places = Uses[Name];
  if (std::find(Places.begin(), Places.end(), Where) == Places.end())
    Places.push_back(Where);
}

void collectIn(const std::string &Text, const JsonPath &Path,
               PlaceholderUses &Uses) {
  if (Text.find("${") == std::string::npos)
    return;
  scanTemplate(Text, [&](const TemplatePiece &Piece) {
    if (Piece.What == TemplatePiece::Placeholder)
      addUse(Uses, Piece.Text, describe(Path));
  });
}

void walk(const ordered_json &Node, JsonPath &Path, PlaceholderUses &Uses) {
  if (Node.is_string()) {
    collectIn(Node.get_ref<const std::string &>(), Path, Uses);
  } else if (Node.is_object()) {
    for (auto It = Node.begin(); It != Node.end(); ++It) {
      Path.push_back(It.key());
      collectIn(It.key(), Path, Uses);
      walk(It.value(), Path, Uses);
      Path.pop_back();
    }
  } else if (Node.is_array()) {
    for (size_t I = 0; I < Node.size(); ++I) {
      Path.push_back(std::to_string(I));
      walk(Node[I], Path, Uses);
      Path.pop_back();
    }
  }
}

/// A string as an HCL quoted literal: backslash escapes, and Terraform's
/// template sequences doubled, since quoted strings are templates too.
std::string hclString(std::string_view Text) {
  std::string Out = "\"";
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    bool Opens = I + 1 < Text.size() && Text[I + 1] == '{';
    if (C == '"' || C == '\\')
      Out += '\\';
    if (C == '\n') {
      Out += "\\n";
      continue;
    }
    if ((C == '$' || C == '%') && Opens)
      Out += C;
    Out += C;
  }
  return Out + "\"";
}

constexpr size_t PlacesShown = 4;

std::string description(const std::string &Name,
                        const std::vector<std::string> &Places) {
  std::string Text =
      Name == "region" ? "The AWS region. Used in: " : "Used in: ";
  for (size_t I = 0; I < Places.size() && I < PlacesShown; ++I)
    Text += (I ? "; " : "") + Places[I];
  if (Places.size() > PlacesShown)
    Text += "; and " + std::to_string(Places.size() - PlacesShown) + " more";
  return Text;
}

} // namespace

PlaceholderUses collectPlaceholders(const ordered_json &Doc) {
  PlaceholderUses Uses;
  JsonPath Path;
  walk(Doc, Path, Uses);
  return Uses;
}

void mergePlaceholders(PlaceholderUses &Into, const PlaceholderUses &From) {
  for (const auto &[Name, Places] : From)
    for (const std::string &Where : Places)
      addUse(Into, Name, Where);
}

std::string renderTerraformVariables(const PlaceholderUses &Uses) {
  std::string Out =
      "# The variables the OpenAPI document's ${placeholders} need, for\n"
      "# templatefile(); written by clang-apigw --tf-vars.\n";
  for (const auto &[Name, Places] : Uses) {
    Out += "\nvariable " + hclString(Name) + " {\n";
    Out += "  type        = string\n";
    Out += "  description = " + hclString(description(Name, Places)) + "\n";
    Out += "}\n";
  }
  return Out;
}

} // namespace apigw
