//===- Http.cpp - http_proxy_uri=, http_uri= ------------------------------===//
//
// An HTTP backend, through a VPC link or on the internet. The proxy passes
// the query string and the headers through by itself; without the proxy
// only what is mapped is forwarded, so every declared query and header
// parameter is.
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/ServiceParts.h"
#include "model/HttpMethods.h"

namespace apigw {
namespace {

class Http final : public IntegrationKind {
public:
  explicit Http(bool Proxy)
      : IntegrationKind({.Name = Proxy ? "HttpProxy" : "Http",
                         .ChoosingKeys = {{Proxy ? "http_proxy_uri" : "http_uri", verbatim}},
                         .IsProxy = Proxy,
                         .UsesVpcLink = true,
                         .WhatReaches =
                             "'http_uri=' does not use it (write it there as '{name}')"}) {}

private:
  /// API Gateway calls HTTP backends at a full http(s) URL.
  void read(const Annotation &Chosen, const Annotations &, Integration &,
            Diagnostics &Diags) const override {
    const std::string &Value = *Chosen.Value;
    if (!Value.starts_with("http://") && !Value.starts_with("https://") && !Value.starts_with("${"))
      addError(Diags, Chosen.Loc,
               "invalid value for '" + Chosen.Key + "': '" + Value +
                   "' is not an http:// or https:// URL");
  }
  void checkRoute(const RouteCheck &Check) const override {
    Check.checkTemplateNames(*Check.Chosen.Value, Check.Chosen);
  }
  bool passesParameter(const Parameter &P, const Operation &) const override {
    return isProxy() || P.In != ParamIn::Path;
  }
  std::vector<std::string> requestTexts(const Integration &I) const override { return {I.Target}; }
  IntegrationParts parts(const Operation &Op) const override {
    IntegrationParts Parts;
    Parts.Type = isProxy() ? "http_proxy" : "http";
    Parts.HttpMethod = upperMethod(Op.Method);
    Parts.Uri = withoutGreedyMarks(Op.Target.Target);
    forwardPathTemplate(Parts, Op.Target.Target);
    if (isProxy())
      return Parts;
    for (const Parameter *P : parametersIn(Op, ParamIn::Query))
      forward(Parts, "querystring", P->Name);
    for (const Parameter *P : parametersIn(Op, ParamIn::Header))
      forward(Parts, "header", P->Name);
    selectResponsesByStatus(Parts, Op);
    return Parts;
  }
};

} // namespace

const IntegrationKind &httpProxyKind() { return registeredInstance<Http, true>(); }

const IntegrationKind &httpKind() { return registeredInstance<Http, false>(); }

} // namespace apigw
