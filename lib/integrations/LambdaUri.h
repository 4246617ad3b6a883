//===- LambdaUri.h - Lambda function ARNs to API Gateway invocation URIs --===//
//
// API Gateway calls Lambda through an invocation URI, while Terraform and the
// console hand out function ARNs; users write whichever they have.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>
#include <string_view>

namespace apigw {

/// For `aws_lambda_uri=`: a bare function ARN
///   `arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]`
/// becomes the invocation URI in the ARN's own region (which may itself be a
/// `${placeholder}`):
///   `arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/`
///   `<arn>/invocations`.
/// Anything else, an invocation URI or a placeholder such as
/// `${fn_invoke_arn}`, is returned unchanged.
std::string lambdaInvocationUri(std::string_view ArnOrUri);

/// For `aws_lambda_arn=`: the value is always a function ARN, so it is always
/// wrapped; in the region of the ARN when it names one, else in `${region}`:
///   `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/`
///   `<arn>/invocations`.
std::string wrapLambdaArn(std::string_view FunctionArn);

} // namespace apigw
