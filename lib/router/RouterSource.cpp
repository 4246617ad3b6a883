//===- RouterSource.cpp - The generated router: one C++ source ------------===//
#include "router/RouterSource.h"

#include "router/ConstraintTable.h"
#include "router/CppText.h"
#include "router/ModelCodecs.h"
#include "router/RouteFunction.h"

#include <llvm/ADT/StringRef.h>

#include <map>
#include <set>

namespace apigw {
namespace {

const ApiSettings *apiSettings(const ApiModel &Api) { return Api.Apis.empty() ? nullptr : &Api.Apis.front(); }

std::vector<std::string> binaryMediaTypes(const ApiModel &Api) {
  const ApiSettings *Settings = apiSettings(Api);
  return Settings ? Settings->BinaryMediaTypes : std::vector<std::string>{};
}

std::string includes(const ApiModel &Api, const ModelUses &Uses) {
  std::set<std::string> Headers;
  for (const Operation &Op : Api.Operations)
    if (isRoutedToLambda(Op) && !Op.Handler.Header.empty())
      Headers.insert(Op.Handler.Header);
  for (const Model &M : Api.Models)
    if ((Uses.Read.count(M.Id) || Uses.Write.count(M.Id)) && !M.Header.empty())
      Headers.insert(M.Header);
  std::string Text;
  for (const std::string &Header : Headers)
    Text += "#include " + cppStringLiteral(Header) + "\n";
  return Text + "\n#include <apigw/constraints.hpp>\n#include <apigw/handler_call.hpp>\n"
                "#include <apigw/json_codec.hpp>\n#include <apigw/router.hpp>\n\n";
}

/// Each Lambda-proxy route's function name, made unique in document order.
using RouteNames = std::map<const Operation *, std::string>;

RouteNames routeNames(const ApiModel &Api) {
  RouteNames Names;
  std::set<std::string> Taken;
  for (const Operation &Op : Api.Operations) {
    if (!isRoutedToLambda(Op))
      continue;
    std::string Name = routeFunctionName(Op);
    for (int Suffix = 2; !Taken.insert(Name).second; ++Suffix)
      Name = routeFunctionName(Op) + "_" + std::to_string(Suffix);
    Names[&Op] = Name;
  }
  return Names;
}

std::string routeKey(const Operation &Op) {
  return cppStringLiteral(llvm::StringRef(Op.Method).upper()) + ", " + cppStringLiteral(Op.Path);
}

/// The Lambda-proxy routes as data, which compiles to a table rather than
/// to a function of two thousand calls; empty when there are none (C++ has
/// no empty arrays).
std::string handlerRoutes(const ApiModel &Api, const RouteNames &Names) {
  if (Names.empty())
    return "";
  std::string Text = "const apigw::HandlerRoute handler_routes[] = {\n";
  for (const Operation &Op : Api.Operations)
    if (isRoutedToLambda(Op))
      Text += "    {" + routeKey(Op) + ", " + Names.at(&Op) + "},\n";
  return Text + "};\n\n";
}

std::string otherTableEntry(const Operation &Op) {
  const std::string Route = "(" + routeKey(Op);
  if (const auto *Mock = std::get_if<MockResponse>(&Op.Target.Options)) {
    const std::string Headers = Mock->Body.empty() ? "{}" : "{{\"Content-Type\", \"application/json\"}}";
    return "  table.add_mock" + Route + ", {" + std::to_string(Mock->Status) + ", " + Headers + ", " +
           cppStringLiteral(Mock->Body) + "});\n";
  }
  return "  table.add_integration" + Route + ", " + cppStringLiteral(llvm::StringRef(Op.Target.Kind).lower()) + ");\n";
}

std::string corsEntry(const CorsPolicy &Cors) {
  std::string Text = "  table.enable_cors({.origin = " + cppStringLiteral(Cors.Origin) +
                     ", .headers = " + cppStringLiteral(Cors.Headers);
  if (!Cors.Methods.empty())
    Text += ", .methods = " + cppStringLiteral(Cors.Methods);
  return Text + "});\n";
}

std::string routeTable(const ApiModel &Api, const RouteNames &Names,
                       const std::optional<CorsPolicy> &Cors) {
  std::string Text = handlerRoutes(Api, Names) + "apigw::RouteTable make_routes() {\n  apigw::RouteTable table;\n";
  if (!Names.empty())
    Text += "  table.add(handler_routes);\n";
  for (const Operation &Op : Api.Operations)
    if (!isRoutedToLambda(Op))
      Text += otherTableEntry(Op);
  for (const std::string &MediaType : binaryMediaTypes(Api))
    Text += "  table.add_binary_media_type(" + cppStringLiteral(MediaType) + ");\n";
  if (Cors)
    Text += corsEntry(*Cors);
  return Text + "  return table;\n}\n\n";
}

constexpr const char *EntryPoints = R"(namespace apigw {

const RouteTable& routes() {
  static const RouteTable table = make_routes();
  return table;
}

nlohmann::json dispatch(const nlohmann::json& event) { return dispatch(routes(), event); }

std::string handle(std::string_view event_json) { return handle(routes(), event_json); }

}  // namespace apigw
)";

} // namespace

bool isRoutedToLambda(const Operation &Op) { return Op.Target.Kind == "LambdaProxy"; }

ModelUses routerModelUses(const ApiModel &Api) {
  ModelUses Uses;
  for (const Operation &Op : Api.Operations) {
    if (!isRoutedToLambda(Op))
      continue;
    // A parameter's constraints are checked on its value written as JSON.
    for (const Parameter &P : Op.Parameters) {
      collectModels(Api, P.Type, Uses.Read);
      collectModels(Api, P.Type, Uses.Write);
    }
    if (Op.Body)
      collectModels(Api, Op.Body->Type, Uses.Read);
    if (!Op.Responses.empty() && Op.Responses.front().Body)
      collectModels(Api, *Op.Responses.front().Body, Uses.Write);
  }
  return Uses;
}

std::string routerSource(const ApiModel &Api, const std::optional<CorsPolicy> &Cors) {
  const ModelUses Uses = routerModelUses(Api);
  ConstraintTable Rules;
  const ModelCodecText Codecs = modelCodecs(Api, Uses, Rules);
  const RouteNames Names = routeNames(Api);
  std::string Routes;
  for (const Operation &Op : Api.Operations)
    if (isRoutedToLambda(Op))
      Routes += routeFunction(Op, Names.at(&Op), binaryMediaTypes(Api), Rules);
  std::string Text = "// Generated by clang-apigw --router-output from the annotations of the handlers\n"
                     "// and models below; do not edit. docs/runtime.md describes this code.\n";
  Text += includes(Api, Uses);
  Text += "// ---------------------------------------------------------------- constraints\nnamespace {\n\n" +
          Rules.definitions() + "\n}  // namespace\n\n";
  Text += "// ---------------------------------------------------------------- models\nnamespace apigw {\n\n" +
          Codecs.Declarations + Codecs.Definitions + "}  // namespace apigw\n\n";
  Text += "// ---------------------------------------------------------------- routes\nnamespace {\n\n" + Routes +
          routeTable(Api, Names, Cors) + "}  // namespace\n\n";
  return Text + "// ---------------------------------------------------------------- entry points\n" + EntryPoints;
}

} // namespace apigw
