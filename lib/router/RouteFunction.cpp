//===- RouteFunction.cpp - The generated code of one Lambda-proxy route ---===//
#include "router/RouteFunction.h"

#include "model/HttpMethods.h"
#include "router/CppText.h"

#include <algorithm>
#include <charconv>

namespace apigw {
namespace {

/// The names the route function itself uses.
bool isReservedLocal(const std::string &Name) {
  return Name == "request" || Name == "failures" || Name == "response" || Name == "result";
}

std::string localName(const CppParameter &P, size_t Index) {
  if (P.Name.empty())
    return "argument_" + std::to_string(Index);
  return isReservedLocal(P.Name) ? P.Name + "_" : P.Name;
}

const Parameter *findParameter(const Operation &Op, const CppParameter &P) {
  const ParamIn In = P.Source == ParamSource::Path    ? ParamIn::Path
                     : P.Source == ParamSource::Query ? ParamIn::Query
                                                      : ParamIn::Header;
  auto It = std::find_if(Op.Parameters.begin(), Op.Parameters.end(),
                         [&](const Parameter &W) { return W.In == In && W.Name == P.WireName; });
  return It == Op.Parameters.end() ? nullptr : &*It;
}

const char *locationName(ParamSource Source) {
  return Source == ParamSource::Path ? "path" : Source == ParamSource::Query ? "query" : "header";
}

std::string parameterRead(const Operation &Op, const std::string &Route, const CppParameter &P,
                          const std::string &Local, ConstraintTable &Rules) {
  const Parameter *Wire = findParameter(Op, P);
  const Schema Type = Wire ? Wire->Type : Schema::object();
  std::string Text = "  auto " + Local + " = apigw::parameter_argument<" + P.Type + ">(request, {.in = apigw::ParameterIn::" +
                     locationName(P.Source) + ", .name = " + cppStringLiteral(P.WireName) +
                     ", .presence = apigw::Presence::" + (Wire && Wire->Required ? "required" : "optional");
  if (Type.contains("default"))
    Text += ", .default_json = " + cppStringLiteral(Type["default"].dump());
  const std::string Constraints =
      Rules.add(Type, Route + "_" + locationName(P.Source) + "_" + P.WireName);
  if (Constraints != "nullptr")
    Text += ", .constraints = " + Constraints;
  return Text + "}, failures);\n";
}

std::string bodyRead(const Operation &Op, const std::string &Route, const CppParameter &P,
                     const std::string &Local, ConstraintTable &Rules) {
  const bool Required = Op.Body && Op.Body->Required;
  const std::string Presence = std::string("apigw::Presence::") + (Required ? "required" : "optional");
  if (Op.Body && !isJsonMediaType(Op.Body->MediaType))
    return "  auto " + Local + " = apigw::bytes_argument<" + P.Type + ">(request, " + Presence + ", failures);\n";
  const std::string Constraints =
      Op.Body ? Rules.add(Op.Body->Type, Route + "_body") : "nullptr";
  return "  auto " + Local + " = apigw::body_argument<" + P.Type + ">(request, " + Presence + ", " + Constraints +
         ", failures);\n";
}

bool isResponseParameter(const CppParameter &P) {
  return P.Source == ParamSource::Context && P.Type.find("RequestContext") == std::string::npos;
}

/// The arguments of the handler's call; trailing `ignore`d parameters are
/// left to their default arguments (RouterChecks refuses others).
std::string callArguments(const HandlerSignature &Handler) {
  size_t Count = Handler.Parameters.size();
  while (Count && Handler.Parameters[Count - 1].Source == ParamSource::Ignored)
    --Count;
  std::string Text;
  for (size_t I = 0; I < Count; ++I) {
    const CppParameter &P = Handler.Parameters[I];
    if (I)
      Text += ", ";
    if (P.Source == ParamSource::Context)
      Text += isResponseParameter(P) ? "response" : "apigw::RequestContext(request)";
    else
      Text += "*" + localName(P, I);
  }
  return Text;
}

int statusCode(const Operation &Op) {
  const std::string Status = successStatus(Op);
  int Code = 200;
  std::from_chars(Status.data(), Status.data() + Status.size(), Code);
  return Code;
}

bool matchesMediaType(const std::string &Pattern, const std::string &MediaType) {
  if (Pattern == "*/*" || Pattern == MediaType)
    return true;
  return Pattern.size() > 2 && Pattern.ends_with("/*") &&
         MediaType.starts_with(Pattern.substr(0, Pattern.size() - 1));
}

std::string resultResponse(const Operation &Op, const std::vector<std::string> &BinaryMediaTypes) {
  const std::string Status = std::to_string(statusCode(Op));
  if (Op.Handler.ReturnType == "void")
    return "apigw::empty_response(" + Status + ")";
  const std::string MediaType = Op.Responses.empty() ? "" : Op.Responses.front().MediaType;
  if (isJsonMediaType(MediaType))
    return "apigw::json_response(" + Status + ", apigw::write_json(result))";
  const bool Binary = std::any_of(BinaryMediaTypes.begin(), BinaryMediaTypes.end(),
                                  [&](const std::string &P) { return matchesMediaType(P, MediaType); });
  return std::string(Binary ? "apigw::binary_response(" : "apigw::text_response(") + Status +
         ", std::string(result.begin(), result.end()), " + cppStringLiteral(MediaType) + ")";
}

bool usesRequest(const HandlerSignature &Handler) {
  return std::any_of(Handler.Parameters.begin(), Handler.Parameters.end(), [](const CppParameter &P) {
    return P.Source != ParamSource::Ignored && !isResponseParameter(P);
  });
}

bool readsArguments(const HandlerSignature &Handler) {
  return std::any_of(Handler.Parameters.begin(), Handler.Parameters.end(), [](const CppParameter &P) {
    return P.Source != ParamSource::Ignored && P.Source != ParamSource::Context;
  });
}

} // namespace

std::string routeFunctionName(const Operation &Op) {
  std::string Name = "route_" + Op.Method;
  for (char C : Op.Path)
    if (C != '{' && C != '}' && C != '+')
      Name += C == '/' ? '_' : C;
  while (Name.ends_with("_"))
    Name.pop_back();
  return cppIdentifier(Name);
}

bool isJsonMediaType(const std::string &MediaType) {
  return MediaType.empty() || MediaType == "application/json" || MediaType.ends_with("+json");
}

std::string routeFunction(const Operation &Op, const std::string &Name,
                          const std::vector<std::string> &BinaryMediaTypes, ConstraintTable &Rules) {
  const HandlerSignature &Handler = Op.Handler;
  std::string Text = "// " + routeName(Op.Method, Op.Path) + " -> " + Handler.Name + "\n";
  const std::string Route = Name.substr(std::string_view("route_").size());
  Text += "apigw::ProxyResponse " + Name + "(const apigw::ProxyRequest&" +
          (usesRequest(Handler) ? " request" : "") + ") {\n";
  if (readsArguments(Handler)) {
    Text += "  apigw::Failures failures;\n";
    for (size_t I = 0; I < Handler.Parameters.size(); ++I) {
      const CppParameter &P = Handler.Parameters[I];
      if (P.Source == ParamSource::Body)
        Text += bodyRead(Op, Route, P, localName(P, I), Rules);
      else if (P.Source == ParamSource::Path || P.Source == ParamSource::Query || P.Source == ParamSource::Header)
        Text += parameterRead(Op, Route, P, localName(P, I), Rules);
    }
    Text += "  if (!failures.empty()) return apigw::validation_error_response(failures);\n";
  }
  const bool Chooses = std::any_of(Handler.Parameters.begin(), Handler.Parameters.end(), isResponseParameter);
  if (Chooses)
    Text += "  apigw::Response response;\n";
  const std::string Call = Handler.Name + "(" + callArguments(Handler) + ")";
  Text += Handler.ReturnType == "void" ? "  " + Call + ";\n" : "  const auto& result = " + Call + ";\n";
  const std::string Answer = resultResponse(Op, BinaryMediaTypes);
  Text += "  return " + (Chooses ? "apigw::with_handler_choices(" + Answer + ", response)" : Answer) + ";\n}\n\n";
  return Text;
}

} // namespace apigw
