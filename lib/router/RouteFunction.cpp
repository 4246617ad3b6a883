//===- RouteFunction.cpp - The generated code of one Lambda-proxy route ---===//
#include "router/RouteFunction.h"

#include "model/HttpMethods.h"
#include "router/CppText.h"

#include <algorithm>
#include <charconv>

namespace apigw {
namespace {

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

std::string parameterSource(const Operation &Op, const std::string &Route, const CppParameter &P,
                            ConstraintTable &Rules) {
  const Parameter *Wire = findParameter(Op, P);
  const Schema Type = Wire ? Wire->Type : Schema::object();
  std::string Text = "apigw::FromParameter{{.in = apigw::ParameterIn::" + std::string(locationName(P.Source)) +
                     ", .name = " + cppStringLiteral(P.WireName) +
                     ", .presence = apigw::Presence::" + (Wire && Wire->Required ? "required" : "optional");
  if (Type.contains("default"))
    Text += ", .default_json = " + cppStringLiteral(Type["default"].dump());
  const std::string Constraints =
      Rules.add(Type, Route + "_" + locationName(P.Source) + "_" + P.WireName);
  if (Constraints != "nullptr")
    Text += ", .constraints = " + Constraints;
  return Text + "}}";
}

std::string bodySource(const Operation &Op, const std::string &Route, ConstraintTable &Rules) {
  const bool Required = Op.Body && Op.Body->Required;
  const std::string Presence = std::string("apigw::Presence::") + (Required ? "required" : "optional");
  if (Op.Body && !isJsonMediaType(Op.Body->MediaType))
    return "apigw::FromBytesBody{" + Presence + "}";
  const std::string Constraints = Op.Body ? Rules.add(Op.Body->Type, Route + "_body") : "nullptr";
  return "apigw::FromJsonBody{" + Presence + ", " + Constraints + "}";
}

bool isResponseParameter(const CppParameter &P) {
  return P.Source == ParamSource::Context && P.Type.find("RequestContext") == std::string::npos;
}

std::string argumentSource(const Operation &Op, const std::string &Route, const CppParameter &P,
                           ConstraintTable &Rules) {
  if (P.Source == ParamSource::Body)
    return bodySource(Op, Route, Rules);
  if (P.Source == ParamSource::Context)
    return isResponseParameter(P) ? "apigw::FromResponse{}" : "apigw::FromContext{}";
  return parameterSource(Op, Route, P, Rules);
}

/// The parameters the call passes: trailing `ignore`d ones are left to their
/// default arguments (RouterChecks refuses others).
size_t passedCount(const HandlerSignature &Handler) {
  size_t Count = Handler.Parameters.size();
  while (Count && Handler.Parameters[Count - 1].Source == ParamSource::Ignored)
    --Count;
  return Count;
}

std::string argumentName(const CppParameter &P, size_t Index) {
  return P.Name.empty() ? "argument_" + std::to_string(Index) : P.Name;
}

/// `using Handler = R (*)(A, B);` over the passed parameters: naming the type
/// picks the handler among overloads of its name.
std::string handlerType(const HandlerSignature &Handler, size_t Count) {
  std::string Text = "  using Handler = " + Handler.ReturnType + " (*)(";
  for (size_t I = 0; I < Count; ++I)
    Text += (I ? ", " : "") + Handler.Parameters[I].Type;
  return Text + ");\n";
}

/// The handler itself, or a lambda that calls it without the parameters its
/// default arguments give.
std::string handlerValue(const HandlerSignature &Handler, size_t Count) {
  if (Count == Handler.Parameters.size())
    return "  const Handler handler = &" + Handler.Name + ";\n";
  std::string Parameters, Arguments;
  for (size_t I = 0; I < Count; ++I) {
    const CppParameter &P = Handler.Parameters[I];
    Parameters += (I ? ", " : "") + P.Type + " " + argumentName(P, I);
    Arguments += (I ? ", " : "") + std::string("std::forward<") + P.Type + ">(" + argumentName(P, I) + ")";
  }
  return "  const Handler handler = [](" + Parameters + ") -> " + Handler.ReturnType + " { return " +
         Handler.Name + "(" + Arguments + "); };\n";
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

std::string answer(const Operation &Op, const std::vector<std::string> &BinaryMediaTypes) {
  const std::string Status = std::to_string(statusCode(Op));
  if (Op.Handler.ReturnType == "void")
    return "apigw::EmptyAnswer{" + Status + "}";
  const std::string MediaType = Op.Responses.empty() ? "" : Op.Responses.front().MediaType;
  if (isJsonMediaType(MediaType))
    return "apigw::JsonAnswer{" + Status + "}";
  const bool Binary = std::any_of(BinaryMediaTypes.begin(), BinaryMediaTypes.end(),
                                  [&](const std::string &P) { return matchesMediaType(P, MediaType); });
  return std::string(Binary ? "apigw::BinaryAnswer{" : "apigw::TextAnswer{") + Status + ", " +
         cppStringLiteral(MediaType) + "}";
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
  const std::string Route = Name.substr(std::string_view("route_").size());
  const size_t Count = passedCount(Handler);
  std::string Text = "// " + routeName(Op.Method, Op.Path) + " -> " + Handler.Name + "\n";
  Text += "apigw::ProxyResponse " + Name + "(const apigw::ProxyRequest& request) {\n";
  Text += handlerType(Handler, Count) + handlerValue(Handler, Count);
  Text += "  return apigw::call_handler(request, handler, " + answer(Op, BinaryMediaTypes);
  for (size_t I = 0; I < Count; ++I)
    Text += ",\n      " + argumentSource(Op, Route, Handler.Parameters[I], Rules);
  return Text + ");\n}\n\n";
}

} // namespace apigw
