//===- Sns.cpp - aws_sns_topic_arn= ---------------------------------------===//
//
// Publish of the request body, in the AWS query protocol.
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/ServiceParts.h"
#include "integrations/VtlTemplates.h"

namespace apigw {
namespace {

class Sns final : public IntegrationKind {
  std::string_view name() const override { return "Sns"; }
  std::span<const ChoosingKey> choosingKeys() const override {
    static constexpr ChoosingKey Keys[] = {{"aws_sns_topic_arn", verbatim}};
    return Keys;
  }
  bool needsRole() const override { return true; }
  MethodRule methods() const override {
    return {{"post", "put"}, "an SNS integration publishes the request body"};
  }
  std::string_view whatReaches() const override { return "the message is the request body alone"; }
  IntegrationParts parts(const Operation &Op) const override {
    return queryProtocol(Op, awsServiceUri("sns", "action/Publish"),
                         snsPublishTemplate(Op.Target.Target));
  }
};

} // namespace

const IntegrationKind &snsKind() { return registeredInstance<Sns>(); }

} // namespace apigw
