//===- IntegrationKeys.cpp ------------------------------------------------===//
#include "keys/IntegrationKeys.h"

#include "keys/AnnotationText.h"
#include "model/HttpMethods.h"
#include "integrations/Registry.h"
#include "keys/Values.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/ADT/StringRef.h>

#include <algorithm>

namespace apigw {
namespace {

std::string choosingKeyList() {
  std::string List;
  for (const IntegrationKind *Kind : integrationKinds())
    for (const ChoosingKey &Key : Kind->choosingKeys())
      List += (List.empty() ? "" : ", ") + std::string(Key.Name) + "=";
  return List;
}

/// The choosing keys of the kinds a VPC link can reach, for messages.
std::string vpcLinkKinds() {
  std::vector<std::string> Keys;
  for (const IntegrationKind *Kind : integrationKinds())
    if (Kind->usesVpcLink())
      for (const ChoosingKey &Key : Kind->choosingKeys())
        Keys.push_back("'" + std::string(Key.Name) + "='");
  std::string List;
  for (size_t I = 0; I < Keys.size(); ++I)
    List += (I == 0 ? "" : I + 1 == Keys.size() ? " and " : ", ") + Keys[I];
  return List;
}

/// The handler's choosing key annotation (mapIntegration checked there is one).
const Annotation *chosenKey(const Annotations &Keys) {
  for (const Annotation &A : Keys)
    if (kindChosenBy(A.Key))
      return &A;
  return nullptr;
}

/// `integration.request.header.X:method.request.path.id,...`
std::vector<RequestParameterMapping> requestParameters(const Annotation &A, Diagnostics &Diags) {
  std::vector<RequestParameterMapping> Mappings;
  for (const std::string &Item : splitList(*A.Value)) {
    auto [Target, Source] = llvm::StringRef(Item).split(':');
    if (!Target.trim().starts_with("integration.request.") || Source.trim().empty()) {
      addError(Diags, A.Loc,
            "invalid value for 'aws_request_parameters': '" + Item +
                "' is not 'integration.request.<where>.<name>:<source>'");
      continue;
    }
    Mappings.push_back({Target.trim().str(), Source.trim().str()});
  }
  return Mappings;
}

/// Keys the chosen integration does not read: another kind's options,
/// `vpc_link_id` where no VPC link leads, mapping templates on proxy
/// integrations (which pass the request and response through whole).
void checkKeysFitKind(const Annotations &Keys, const Annotation &Chosen,
                      const IntegrationKind &Kind, Diagnostics &Diags) {
  for (const Annotation &A : Keys) {
    std::string_view Owner = optionOwner(A.Key);
    if (!Owner.empty() && kindChosenBy(Owner)->Kind.name() != Kind.name())
      addError(Diags, A.Loc, "'" + A.Key + "' applies to '" + std::string(Owner) +
                              "=' integrations only; this handler's integration is '" +
                              Chosen.Key + "='");
    else if (A.Key == "vpc_link_id" && !Kind.usesVpcLink())
      addError(Diags, A.Loc, "'vpc_link_id' applies to " + vpcLinkKinds() +
                              " integrations only (a VPC link reaches a load balancer); this "
                              "handler's integration is '" + Chosen.Key + "='");
    else if ((A.Key == "aws_vtl_request_template" || A.Key == "aws_vtl_response_template") &&
             Kind.isProxy())
      addError(Diags, A.Loc, "'" + A.Key + "' has no effect on the proxy integration '" +
                              Chosen.Key + "=': API Gateway passes the request and the " +
                              "response through unmapped; use a non-proxy integration " +
                              "('aws_lambda_direct_uri=', 'http_uri=')");
  }
}

void addSharedKeys(const Annotations &Keys, Integration &Result, Diagnostics &Diags) {
  for (const Annotation &A : Keys) {
    if (A.Key == "aws_iam_arn")
      Result.Credentials = *A.Value;
    else if (A.Key == "aws_vtl_request_template")
      Result.RequestTemplate = *A.Value;
    else if (A.Key == "aws_vtl_response_template")
      Result.ResponseTemplate = *A.Value;
    else if (A.Key == "aws_request_parameters")
      Result.RequestParameters = requestParameters(A, Diags);
    else if (A.Key == "vpc_link_id")
      Result.VpcLinkId = *A.Value;
    else if (A.Key == "passthrough_behavior") {
      // The extension documents `when_no_match`, the REST API (and the
      // console, CloudFormation) `WHEN_NO_MATCH`; users write either.
      if (auto V = valueAmong(A, {"when_no_match", "when_no_templates", "never"}, Diags,
                              /*IgnoreCase=*/true))
        Result.PassthroughBehavior = *V;
    } else if (A.Key == "content_handling") {
      if (auto V = valueAmong(A, {"CONVERT_TO_BINARY", "CONVERT_TO_TEXT"}, Diags))
        Result.ContentHandling = *V;
    } else if (A.Key == "timeout_ms") {
      // API Gateway accepts 50 ms to 29 s for REST integrations.
      auto Ms = parseInteger(*A.Value);
      if (!Ms)
        addError(Diags, A.Loc, "invalid value for 'timeout_ms': " + llvm::toString(Ms.takeError()));
      else if (*Ms < 50 || *Ms > 29000)
        addError(Diags, A.Loc, "invalid value for 'timeout_ms': " + *A.Value +
                                " is outside API Gateway's 50 to 29000 ms");
      else
        Result.TimeoutMs = static_cast<int>(*Ms);
    }
  }
}

/// `Name` as a whole word of `Text`: `{id}`, `$input.params('id')`, not `idle`.
bool mentions(llvm::StringRef Text, llvm::StringRef Name) {
  auto IsWordChar = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  for (size_t At = Text.find(Name); At != llvm::StringRef::npos; At = Text.find(Name, At + 1)) {
    const size_t End = At + Name.size();
    if ((At == 0 || !IsWordChar(Text[At - 1])) && (End == Text.size() || !IsWordChar(Text[End])))
      return true;
  }
  return false;
}

llvm::StringRef requestPlace(ParamIn In) {
  return In == ParamIn::Path ? "path" : In == ParamIn::Query ? "querystring" : "header";
}

/// Whether API Gateway passes `P` on to `Op`'s integration: what the kind
/// passes by itself, else what a mapping or a text building the request uses.
bool reachesIntegration(const Parameter &P, const Operation &Op, const IntegrationKind &Kind) {
  const Integration &I = Op.Target;
  if (Kind.passesParameter(P, Op))
    return true;
  const std::string Source = "method.request." + requestPlace(P.In).str() + "." + P.Name;
  if (std::any_of(I.RequestParameters.begin(), I.RequestParameters.end(),
                  [&](const RequestParameterMapping &M) { return M.Source == Source; }))
    return true;
  std::vector<std::string> Texts = Kind.requestTexts(I);
  Texts.push_back(I.RequestTemplate);
  return std::any_of(Texts.begin(), Texts.end(),
                     [&](const std::string &Text) { return mentions(Text, P.Name); });
}

/// A parameter the client must send that the backend never sees is a
/// mistake the document would hide.
void checkParametersReach(const Operation &Op, const IntegrationKind &Kind,
                          const Annotation &Chosen, Diagnostics &Diags) {
  for (const Parameter &P : Op.Parameters) {
    if (reachesIntegration(P, Op, Kind))
      continue;
    const std::string Place = requestPlace(P.In).str();
    std::string Message = "parameter '" + P.Name + "' (" +
                          (P.In == ParamIn::Query ? "query" : Place) + ") of " +
                          routeName(Op.Method, Op.Path) + " does not reach its '" + Chosen.Key +
                          "=' integration: " + std::string(Kind.whatReaches()) +
                          "; use it in 'aws_vtl_request_template=', map it with " +
                          "'aws_request_parameters=integration.request.<where>.<name>:" +
                          "method.request." + Place + "." + P.Name + "'";
    Message += P.In == ParamIn::Path ? "" : ", or mark it 'ignore'";
    Diags.push_back({P.Loc, Severity::Error, std::move(Message),
                     {{Chosen.Loc, "the integration is here"}}});
  }
}

/// The route's method is one the kind can serve.
bool checkMethod(const RouteCheck &Check, const IntegrationKind &Kind) {
  const IntegrationKind::MethodRule &Rule = Kind.methods();
  const std::string &Method = Check.Op.Method;
  if (Rule.Allowed.empty() ||
      std::find(Rule.Allowed.begin(), Rule.Allowed.end(), Method) != Rule.Allowed.end())
    return true;
  std::string Allowed;
  for (size_t I = 0; I < Rule.Allowed.size(); ++I)
    Allowed += (I == 0 ? "" : I + 1 == Rule.Allowed.size() ? " or " : ", ") +
               upperMethod(Rule.Allowed[I]);
  Check.fail("'" + Check.Chosen.Key + "' cannot serve " + routeName(Method, Check.Op.Path) +
             ": " + std::string(Rule.Reason) + ", so its routes are " + Allowed);
  return false;
}

} // namespace

std::optional<Integration> mapIntegration(const Annotations &Keys, const Location &HandlerLoc,
                                          const std::string &HandlerName, Diagnostics &Diags) {
  const Annotation *Chosen = nullptr;
  for (const Annotation &A : Keys) {
    if (!kindChosenBy(A.Key))
      continue;
    if (!Chosen) {
      Chosen = &A;
      continue;
    }
    Diags.push_back({A.Loc, Severity::Error,
                     "handler '" + HandlerName + "' has a second integration '" + A.Key +
                         "'; a route has exactly one",
                     {{Chosen->Loc, "first integration '" + Chosen->Key + "' is here"}}});
    return std::nullopt;
  }
  if (!Chosen) {
    addError(Diags, HandlerLoc,
          "handler '" + HandlerName + "' has no integration; add one of " + choosingKeyList());
    return std::nullopt;
  }
  const ChosenKind Choice = *kindChosenBy(Chosen->Key);
  Integration Result;
  Result.Kind = Choice.Kind.name();
  Result.Target = Choice.Key.Target(*Chosen->Value);
  Choice.Kind.read(*Chosen, Keys, Result, Diags);
  checkKeysFitKind(Keys, *Chosen, Choice.Kind, Diags);
  addSharedKeys(Keys, Result, Diags);
  if (Choice.Kind.needsRole() && Result.Credentials.empty())
    addError(Diags, Chosen->Loc,
          "'" + Chosen->Key + "' needs 'aws_iam_arn=<role ARN>': API Gateway calls " +
              "AWS services as a role");
  return Result;
}

void checkIntegrationForRoute(const Operation &Op, const PathTemplate &Path,
                              const Annotations &Keys, const Location &RouteLoc,
                              Diagnostics &Diags) {
  const Annotation *Chosen = chosenKey(Keys);
  if (!Chosen)
    return;
  const IntegrationKind &Kind = kindOf(Op.Target);
  const RouteCheck Check{Op, Path, Keys, *Chosen, RouteLoc, Diags};
  if (!checkMethod(Check, Kind))
    return;
  // A template naming a parameter that does not exist is reported by the
  // kind; the parameter it meant would be reported as unused too.
  const size_t Reported = Diags.size();
  Kind.checkRoute(Check);
  if (Diags.size() == Reported)
    checkParametersReach(Op, Kind, *Chosen, Diags);
}

} // namespace apigw
