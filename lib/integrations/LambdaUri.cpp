//===- LambdaUri.cpp - Lambda function ARNs to API Gateway invocation URIs --===//
#include "integrations/LambdaUri.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/ADT/Twine.h>

#include <optional>

namespace apigw {

namespace {

/// The parts of a function ARN that the invocation URI repeats.
struct FunctionArn {
  llvm::StringRef Partition;
  llvm::StringRef Region;
};

/// `arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]`
/// with every part present. Placeholders (`${region}`) count as parts: they
/// hold no `:` since Terraform placeholders are plain identifiers.
std::optional<FunctionArn> parseFunctionArn(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Text.split(Parts, ':');
  if (Parts.size() != 7 && Parts.size() != 8)
    return std::nullopt;
  if (Parts[0] != "arn" || Parts[2] != "lambda" || Parts[5] != "function")
    return std::nullopt;
  for (llvm::StringRef Part : Parts)
    if (Part.empty())
      return std::nullopt;
  return FunctionArn{Parts[1], Parts[3]};
}

std::string invocationUri(llvm::StringRef Partition, llvm::StringRef Region, llvm::StringRef Arn) {
  return (llvm::Twine("arn:") + Partition + ":apigateway:" + Region +
          ":lambda:path/2015-03-31/functions/" + Arn + "/invocations")
      .str();
}

llvm::StringRef ref(std::string_view Text) { return llvm::StringRef(Text.data(), Text.size()); }

} // namespace

std::string lambdaInvocationUri(std::string_view ArnOrUri) {
  std::optional<FunctionArn> Arn = parseFunctionArn(ref(ArnOrUri));
  if (!Arn)
    return std::string(ArnOrUri);
  return invocationUri(Arn->Partition, Arn->Region, ref(ArnOrUri));
}

std::string wrapLambdaArn(std::string_view FunctionArnText) {
  if (parseFunctionArn(ref(FunctionArnText)))
    return lambdaInvocationUri(FunctionArnText);
  // A placeholder (Terraform's `aws_lambda_function.x.arn`) hides the region:
  // the API's own region is the one API Gateway can call.
  return invocationUri("aws", "${region}", ref(FunctionArnText));
}

} // namespace apigw
