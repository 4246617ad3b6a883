//===- S3.cpp - aws_s3_bucket=, aws_s3_object_key= ------------------------===//
//
// GET/PUT/DELETE/HEAD of one object. The key defaults to the route's path
// parameters, in order, as fastapi-aws does. As in AWS's "Create a REST API
// as an Amazon S3 proxy": a PUT passes the client's Content-Type on (S3
// stores it with the object), a GET or HEAD passes the object's back.
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/ServiceParts.h"
#include "model/HttpMethods.h"

#include <llvm/ADT/StringRef.h>

namespace apigw {
namespace {

/// The name the operation declares `Name` under as a header parameter
/// (header names are case-insensitive), or empty.
std::string declaredHeader(const Operation &Op, llvm::StringRef Name) {
  for (const Parameter *P : parametersIn(Op, ParamIn::Header))
    if (Name.equals_insensitive(P->Name))
      return P->Name;
  return "";
}

class S3 final : public IntegrationKind {
public:
  S3()
      : IntegrationKind({.Name = "S3",
                         .ChoosingKeys = {{"aws_s3_bucket", verbatim}},
                         .OptionKeys = {"aws_s3_object_key"},
                         .NeedsRole = true,
                         .Methods = {{"get", "put", "delete", "head"},
                                     "an S3 integration reads, writes, deletes or checks "
                                     "one object"},
                         .WhatReaches = "S3 gets the object key, which does not use it "
                                        "('aws_s3_object_key=' may, as '{name}')"}) {}

private:
  void read(const Annotation &, const Annotations &Keys, Integration &I,
            Diagnostics &) const override {
    if (const Annotation *Key = findKey(Keys, "aws_s3_object_key"))
      I.Options = S3Object{*Key->Value};
  }
  void checkRoute(const RouteCheck &Check) const override {
    // The default key is the route's path parameters, in order.
    if (const Annotation *Key = findKey(Check.Keys, "aws_s3_object_key"))
      Check.checkTemplateNames(*Key->Value, *Key);
    else if (Check.Path.Params.empty())
      Check.fail("'aws_s3_bucket' on " + routeName(Check.Op.Method, Check.Op.Path) +
                 " does not say which object: add 'aws_s3_object_key=<key>' (it may use the "
                 "route's {path parameters}) or a path parameter, e.g. '" +
                 withSegment(Check.Op.Path, "{key+}") + "'");
  }
  /// The default key uses every path parameter; a PUT passes Content-Type on.
  bool passesParameter(const Parameter &P, const Operation &Op) const override {
    if (P.In != ParamIn::Path)
      return Op.Method == "put" && llvm::StringRef(P.Name).equals_insensitive("Content-Type");
    return optionsOf<S3Object>(Op.Target).Key.empty();
  }
  std::vector<std::string> requestTexts(const Integration &I) const override {
    return {optionsOf<S3Object>(I).Key};
  }
  IntegrationParts parts(const Operation &Op) const override;
};

IntegrationParts S3::parts(const Operation &Op) const {
  std::string Key = optionsOf<S3Object>(Op.Target).Key;
  if (Key.empty())
    for (const Parameter *P : parametersIn(Op, ParamIn::Path))
      Key += (Key.empty() ? "{" : "/{") + P->Name + "}";
  std::string Path = Op.Target.Target + (Key.empty() ? "" : "/" + withoutGreedyMarks(Key));
  IntegrationParts Parts = awsService(Op, awsServiceUri("s3", "path/" + Path), "");
  Parts.HttpMethod = upperMethod(Op.Method);
  forwardPathTemplate(Parts, Key);
  if (Op.Method == "put") {
    std::string Declared = declaredHeader(Op, "Content-Type");
    if (Declared.empty())
      Parts.RequestHeaders.push_back(Declared = "Content-Type");
    Parts.RequestParameters["integration.request.header.Content-Type"] =
        "method.request.header." + Declared;
  } else if (Op.Method == "get" || Op.Method == "head") {
    Parts.SuccessHeaders = {"Content-Type", "ETag"};
  }
  // A missing key is a 403 when the role may not s3:ListBucket (a 404 when it
  // may); either way the client is told the object is not there.
  std::vector<SelectedResponse> Errors = {{"403", "404", "Not Found"}, {"404", "404", "Not Found"}};
  Errors.insert(Errors.end(), Parts.ErrorResponses.begin(), Parts.ErrorResponses.end());
  Parts.ErrorResponses = std::move(Errors);
  return Parts;
}

} // namespace

const IntegrationKind &s3Kind() { return registeredInstance<S3>(); }

} // namespace apigw
