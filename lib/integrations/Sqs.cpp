//===- Sqs.cpp - aws_sqs_queue= -------------------------------------------===//
//
// SendMessage of the request body, in the AWS query protocol. The target is
// `<account id>/<queue name>`, the queue's path on SQS's endpoint.
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/ServiceParts.h"
#include "integrations/VtlTemplates.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/ADT/StringRef.h>

namespace apigw {
namespace {

bool isQueueNameChar(char C) { return llvm::isAlnum(C) || C == '-' || C == '_'; }

/// What is wrong with `Value` as `<account id>/<queue name>`, or empty. Either
/// part may be (or contain) a Terraform placeholder.
std::string queueProblem(llvm::StringRef Value) {
  if (Value.starts_with("arn:"))
    return "'" + Value.str() + "' is a queue ARN";
  if (Value.starts_with("https://") || Value.starts_with("http://"))
    return "'" + Value.str() + "' is a queue URL";
  auto [Account, Queue] = Value.split('/');
  if (Account.empty() || Queue.empty() || Queue.contains('/'))
    return "'" + Value.str() + "' is not two parts separated by one '/'";
  if (!hasPlaceholder(Account) && (Account.size() != 12 || !llvm::all_of(Account, llvm::isDigit)))
    return "'" + Account.str() + "' is not a 12-digit account id";
  // SQS: up to 80 letters, digits, '-' and '_', plus '.fifo' for FIFO queues.
  llvm::StringRef Name = Queue;
  Name.consume_back(".fifo");
  if (!hasPlaceholder(Queue) &&
      (Name.empty() || Name.size() > 80 || !llvm::all_of(Name, isQueueNameChar)))
    return "'" + Queue.str() +
           "' is not a queue name (1 to 80 letters, digits, '-' or '_', "
           "optionally ending in '.fifo')";
  return "";
}

class Sqs final : public IntegrationKind {
public:
  Sqs()
      : IntegrationKind(bodyMessageTraits(
            "Sqs", {"aws_sqs_queue", verbatim},
            "an SQS integration sends the request body as a message")) {}

private:
  /// SendMessage to a FIFO queue fails without MessageGroupId, which the
  /// generated template cannot know: such a queue needs the user's template.
  void read(const Annotation &Chosen, const Annotations &Keys, Integration &,
            Diagnostics &Diags) const override {
    llvm::StringRef Value(*Chosen.Value);
    if (std::string Problem = queueProblem(Value); !Problem.empty())
      addError(Diags, Chosen.Loc,
               "invalid value for 'aws_sqs_queue': " + Problem +
                   "; write '<account id>/<queue name>', e.g. '123456789012/orders'");
    else if (Value.ends_with(".fifo") && !findKey(Keys, "aws_vtl_request_template"))
      addError(Diags, Chosen.Loc,
               "'" + Value.split('/').second.str() +
                   "' is a FIFO queue: SendMessage needs a MessageGroupId, so give the "
                   "form body yourself with 'aws_vtl_request_template=Action=SendMessage&"
                   "MessageGroupId=...&MessageBody=$util.urlEncode($input.body)'");
  }
  IntegrationParts parts(const Operation &Op) const override {
    return queryProtocol(Op, awsServiceUri("sqs", "path/" + Op.Target.Target),
                         sqsSendMessageTemplate());
  }
};

} // namespace

const IntegrationKind &sqsKind() { return registeredInstance<Sqs>(); }

} // namespace apigw
