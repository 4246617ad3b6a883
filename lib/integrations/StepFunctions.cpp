//===- StepFunctions.cpp - aws_sfn_sync_arn=, aws_sfn_arn= ----------------===//
//
// StartSyncExecution (the response is the execution's output) and
// StartExecution (the response says the execution started), with the
// request body as the execution's input.
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/ServiceParts.h"
#include "integrations/VtlTemplates.h"

namespace apigw {
namespace {

class StepFunctions final : public IntegrationKind {
public:
  explicit StepFunctions(bool Sync)
      : IntegrationKind({.Name = Sync ? "StepFunctionsSync" : "StepFunctions",
                         .ChoosingKeys = {{Sync ? "aws_sfn_sync_arn" : "aws_sfn_arn", verbatim}},
                         .NeedsRole = true,
                         .Methods = {{"post", "put"},
                                     "a Step Functions integration starts an execution with "
                                     "the request body as its input"},
                         .WhatReaches = "the execution's input is the request body alone"}),
        Sync(Sync) {}

private:
  IntegrationParts parts(const Operation &Op) const override {
    IntegrationParts Parts = awsService(
        Op, awsServiceUri("states", Sync ? "action/StartSyncExecution" : "action/StartExecution"),
        stepFunctionsRequestTemplate(Op.Target.Target));
    if (Sync)
      Parts.ResponseTemplate = stepFunctionsSyncResponseTemplate();
    return Parts;
  }

  bool Sync;
};

} // namespace

const IntegrationKind &stepFunctionsSyncKind() { return registeredInstance<StepFunctions, true>(); }

const IntegrationKind &stepFunctionsKind() { return registeredInstance<StepFunctions, false>(); }

} // namespace apigw
