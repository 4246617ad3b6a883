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
public:
  Sns()
      : IntegrationKind(bodyMessageTraits("Sns", {"aws_sns_topic_arn", verbatim},
                                          "an SNS integration publishes the request body")) {}

private:
  IntegrationParts parts(const Operation &Op) const override {
    return queryProtocol(Op, awsServiceUri("sns", "action/Publish"),
                         snsPublishTemplate(Op.Target.Target));
  }
};

} // namespace

const IntegrationKind &snsKind() { return registeredInstance<Sns>(); }

} // namespace apigw
