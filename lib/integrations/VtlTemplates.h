//===- VtlTemplates.h - Generated API Gateway mapping templates -----------===//
//
// The Velocity (VTL) mapping templates the non-proxy integrations need. All
// arguments are already user text (UserText.h); ARNs and table names are
// written as JSON strings, patterns and expressions verbatim, as the user
// wrote them in VTL.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>
#include <string_view>

namespace apigw {

/// `Expr` escaped for use inside a JSON string. `$util.escapeJavaScript`
/// also turns `'` into `\'`, which is not valid JSON; AWS's mapping template
/// reference prescribes turning it back with `.replaceAll("\\'","'")`.
std::string escapedForJsonString(std::string_view Expr);

/// StartExecution / StartSyncExecution input: the request body as the
/// execution's input string.
std::string stepFunctionsRequestTemplate(std::string_view StateMachineArn);

/// StartSyncExecution answers 200 whatever the execution did; this turns
/// FAILED into 500 and TIMED_OUT into 504 with an error body.
std::string stepFunctionsSyncResponseTemplate();

/// Lambda non-proxy: body, method, path and every path, query and header
/// parameter, in the shape of a proxy event so handlers can share parsing.
std::string lambdaDirectRequestTemplate();

/// SNS Publish of the request body, as the AWS query protocol's form body.
std::string snsPublishTemplate(std::string_view TopicArn);

/// SQS SendMessage of the request body, as the AWS query protocol's form body.
std::string sqsSendMessageTemplate();

/// DynamoDB requests over the table's `PK` (and `SK`) attributes, as
/// fastapi-aws writes them: PutItem with `Fields` (further members of the
/// Item object, verbatim), GetItem/DeleteItem by key, Query with the user's
/// members (KeyConditionExpression...) verbatim.
std::string dynamoDbPutItemTemplate(std::string_view Table, std::string_view PkPattern,
                                    std::string_view SkPattern, std::string_view Fields);
std::string dynamoDbKeyTemplate(std::string_view Table, std::string_view PkPattern,
                                std::string_view SkPattern);
std::string dynamoDbQueryTemplate(std::string_view Table, std::string_view QueryExpr);

/// A mock integration's request: which status the mock answers with.
std::string mockRequestTemplate(std::string_view Status);

} // namespace apigw
