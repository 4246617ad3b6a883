//===- IntegrationKind.cpp - What most kinds share ------------------------===//
#include "integrations/IntegrationKind.h"

#include "model/HttpMethods.h"

#include <algorithm>

namespace apigw {

namespace {

bool hasPathParam(const PathTemplate &Path, const std::string &Name) {
  return std::any_of(Path.Params.begin(), Path.Params.end(),
                     [&](const PathParam &P) { return P.Name == Name; });
}

} // namespace

std::string verbatim(std::string_view Value) { return std::string(Value); }

std::string withSegment(const std::string &Path, std::string_view Segment) {
  return (Path == "/" ? "/" : Path + "/") + std::string(Segment);
}

void RouteCheck::fail(std::string Message) const {
  Diags.push_back(
      {Chosen.Loc, Severity::Error, std::move(Message), {{RouteLoc, "the route is here"}}});
}

void RouteCheck::checkTemplateNames(std::string_view Template, const Annotation &Where) const {
  for (const std::string &Name : templateNames(Template))
    if (!hasPathParam(Path, Name))
      Diags.push_back({Where.Loc,
                       Severity::Error,
                       "'" + Where.Key + "' uses '{" + Name + "}', which is not a path " +
                           "parameter of " + routeName(Op.Method, Op.Path),
                       {{RouteLoc, "the route is here"}}});
}

void IntegrationKind::read(const Annotation &, const Annotations &, Integration &,
                           Diagnostics &) const {}

} // namespace apigw
