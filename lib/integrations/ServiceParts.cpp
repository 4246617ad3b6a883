//===- ServiceParts.cpp ---------------------------------------------------===//
#include "integrations/ServiceParts.h"

#include "model/PathTemplate.h"

namespace apigw {

std::string awsServiceUri(std::string_view Service, std::string_view Rest) {
  return "arn:aws:apigateway:${region}:" + std::string(Service) + ":" + std::string(Rest);
}

std::vector<const Parameter *> parametersIn(const Operation &Op, ParamIn In) {
  std::vector<const Parameter *> Found;
  for (const Parameter &P : Op.Parameters)
    if (P.In == In)
      Found.push_back(&P);
  return Found;
}

std::string withoutGreedyMarks(std::string_view Text) {
  std::string Out;
  for (size_t I = 0; I < Text.size(); ++I)
    if (!(Text[I] == '+' && I + 1 < Text.size() && Text[I + 1] == '}'))
      Out += Text[I];
  return Out;
}

void forward(IntegrationParts &Parts, std::string_view Where, const std::string &Name) {
  std::string Suffix = std::string(Where) + "." + Name;
  Parts.RequestParameters["integration.request." + Suffix] = "method.request." + Suffix;
}

void forwardPathTemplate(IntegrationParts &Parts, std::string_view UriTemplate) {
  for (const std::string &Name : templateNames(UriTemplate))
    forward(Parts, "path", Name);
}

void selectResponsesByStatus(IntegrationParts &Parts, const Operation &Op) {
  Parts.HasResponses = true;
  Parts.SuccessStatus = successStatus(Op);
  Parts.StatusSelectsResponse = true;
  Parts.ErrorResponses = {{"4\\d{2}", "400", "Bad Request"},
                          {"5\\d{2}", "500", "Internal Server Error"}};
}

IntegrationParts awsService(const Operation &Op, std::string Uri, std::string RequestTemplate) {
  IntegrationParts Parts;
  Parts.Type = "aws";
  Parts.HttpMethod = "POST";
  Parts.Uri = std::move(Uri);
  Parts.RequestTemplate = std::move(RequestTemplate);
  Parts.PassthroughBehavior = Parts.RequestTemplate.empty() ? "" : "when_no_templates";
  selectResponsesByStatus(Parts, Op);
  return Parts;
}

IntegrationParts queryProtocol(const Operation &Op, std::string Uri, std::string Template) {
  IntegrationParts Parts = awsService(Op, std::move(Uri), std::move(Template));
  Parts.RequestParameters["integration.request.header.Content-Type"] =
      "'application/x-www-form-urlencoded'";
  return Parts;
}

KindTraits bodyMessageTraits(std::string_view Name, ChoosingKey Key, std::string_view Why) {
  return {.Name = Name,
          .ChoosingKeys = {Key},
          .NeedsRole = true,
          .Methods = {{"post", "put"}, Why},
          .WhatReaches = "the message is the request body alone"};
}

bool hasPlaceholder(std::string_view Text) { return Text.find("${") != std::string_view::npos; }

} // namespace apigw
