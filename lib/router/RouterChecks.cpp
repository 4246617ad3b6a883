//===- RouterChecks.cpp - What a generated router cannot include or call --===//
//
// The router is a source of its own: it can only call a handler and name a
// model that a header declares, and only read what has a value type.
//
//===----------------------------------------------------------------------===//
#include "router/RouterSource.h"

#include "router/ModelCodecs.h"

#include <algorithm>
#include <regex>

namespace apigw {
namespace {

void checkHandler(const Operation &Op, Diagnostics &Diags) {
  const HandlerSignature &Handler = Op.Handler;
  if (Handler.Header.empty())
    addError(Diags, Op.Loc,
             "the generated router cannot call '" + Handler.Name +
                 "': only a source file declares it; move its declaration to a header");
  // An `ignore`d parameter gets its default argument, which only a call that
  // leaves out every parameter after it can give.
  for (size_t I = 0; I < Handler.Parameters.size(); ++I) {
    const CppParameter &P = Handler.Parameters[I];
    if (P.Source != ParamSource::Ignored)
      continue;
    const bool Trailing = std::all_of(Handler.Parameters.begin() + I, Handler.Parameters.end(),
                                      [](const CppParameter &Q) { return Q.Source == ParamSource::Ignored; });
    if (!P.HasDefault || !Trailing) {
      addError(Diags, Op.Loc,
               "the generated router cannot call '" + Handler.Name + "': its 'ignore'd parameter" +
                   (P.Name.empty() ? "" : " '" + P.Name + "'") +
                   " needs a default argument and may only be followed by other 'ignore'd parameters");
      return;
    }
  }
}

/// std::regex throws for what its ECMAScript grammar lacks (lookbehind,
/// \p{...}); the generated router builds each pattern when it starts.
void checkPatterns(const nlohmann::json &S, const Location &Loc, Diagnostics &Diags) {
  if (S.is_object())
    if (auto Pattern = S.find("pattern"); Pattern != S.end() && Pattern->is_string()) {
      try {
        std::regex(Pattern->get<std::string>(), std::regex::ECMAScript);
      } catch (const std::regex_error &) {
        addError(Diags, Loc,
                 "the generated router cannot check the pattern '" + Pattern->get<std::string>() +
                     "': std::regex (ECMAScript) does not accept it");
      }
    }
  if (S.is_structured())
    for (const auto &Member : S)
      checkPatterns(Member, Loc, Diags);
}

void checkModel(const Model &M, bool Read, Diagnostics &Diags) {
  if (M.Header.empty())
    addError(Diags, M.Loc,
             "the generated router cannot name '" + M.CppName +
                 "': only a source file defines it; move its definition to a header");
  for (const ModelField &F : M.Fields) {
    if (F.Type.find('[') != std::string::npos)
      addError(Diags, M.Loc,
               "the generated router cannot read or write member '" + F.Member +
                   "' of '" + M.CppName + "': use std::array or std::string for a C array");
    else if (Read && F.Type.ends_with("*"))
      addError(Diags, M.Loc,
               "the generated router cannot read member '" + F.Member + "' of '" + M.CppName +
                   "' from a request: a raw pointer owns nothing; use std::optional or std::unique_ptr");
  }
  checkPatterns(M.Body, M.Loc, Diags);
}

} // namespace

void checkRouterInputs(const ApiModel &Api, Diagnostics &Diags) {
  for (const Operation &Op : Api.Operations) {
    if (!isRoutedToLambda(Op))
      continue;
    checkHandler(Op, Diags);
    for (const Parameter &P : Op.Parameters)
      checkPatterns(P.Type, P.Loc, Diags);
    if (Op.Body)
      checkPatterns(Op.Body->Type, Op.Loc, Diags);
  }
  const ModelUses Uses = routerModelUses(Api);
  for (const Model &M : Api.Models)
    if (Uses.Read.count(M.Id) || Uses.Write.count(M.Id))
      checkModel(M, Uses.Read.count(M.Id) > 0, Diags);
}

} // namespace apigw
