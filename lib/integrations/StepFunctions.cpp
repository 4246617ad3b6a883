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
  explicit StepFunctions(bool Sync) : Sync(Sync) {}

private:
  std::string_view name() const override { return Sync ? "StepFunctionsSync" : "StepFunctions"; }
  std::span<const ChoosingKey> choosingKeys() const override {
    static constexpr ChoosingKey SyncKeys[] = {{"aws_sfn_sync_arn", verbatim}};
    static constexpr ChoosingKey AsyncKeys[] = {{"aws_sfn_arn", verbatim}};
    return Sync ? std::span<const ChoosingKey>(SyncKeys) : std::span<const ChoosingKey>(AsyncKeys);
  }
  bool needsRole() const override { return true; }
  MethodRule methods() const override {
    return {{"post", "put"},
            "a Step Functions integration starts an execution with the request body as its "
            "input"};
  }
  std::string_view whatReaches() const override {
    return "the execution's input is the request body alone";
  }
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
