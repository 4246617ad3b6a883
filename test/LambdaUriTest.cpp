//===- LambdaUriTest.cpp - Lambda function ARNs to invocation URIs --------===//
#include "integrations/LambdaUri.h"

#include <gtest/gtest.h>

using namespace apigw;

TEST(LambdaUriTest, BareFunctionArnIsWrappedInItsOwnRegion) {
  EXPECT_EQ(lambdaInvocationUri(
                "arn:aws:lambda:eu-west-1:123456789012:function:pets"),
            "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/"
            "arn:aws:lambda:eu-west-1:123456789012:function:pets/invocations");
}

TEST(LambdaUriTest, QualifierAndPartitionAreKept) {
  EXPECT_EQ(lambdaInvocationUri(
                "arn:aws-cn:lambda:cn-north-1:123456789012:function:pets:live"),
            "arn:aws-cn:apigateway:cn-north-1:lambda:path/2015-03-31/"
            "functions/arn:aws-cn:lambda:cn-north-1:123456789012:function:"
            "pets:live/invocations");
}

TEST(LambdaUriTest, PlaceholdersInsideTheArn) {
  EXPECT_EQ(
      lambdaInvocationUri(
          "arn:aws:lambda:${region}:${account_id}:function:${function_name}"),
      "arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/"
      "arn:aws:lambda:${region}:${account_id}:function:${function_name}/"
      "invocations");
}

TEST(LambdaUriTest, AnythingElseIsUnchanged) {
  const char *Unchanged[] = {
      "${user_function_invoke_arn}",
      ("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
       "arn:aws:lambda:us-east-1:123456789012:function:pets/invocations"),
      "arn:aws:lambda:us-east-1:123456789012:layer:x:1",
      "arn:aws:lambda::123456789012:function:pets",
      "arn:aws:lambda:us-east-1:123456789012:function:",
      "arn:aws:lambda:us-east-1:123456789012:function:a:b:c",
      "",
  };
  for (const char *Value : Unchanged) {
    SCOPED_TRACE(Value);
    EXPECT_EQ(lambdaInvocationUri(Value), Value);
  }
}

TEST(LambdaUriTest, WrapPlaceholderUsesRegionPlaceholder) {
  EXPECT_EQ(wrapLambdaArn("${user_function_arn}"),
            "arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/"
            "${user_function_arn}/invocations");
}

TEST(LambdaUriTest, WrapFullArnUsesItsRegion) {
  EXPECT_EQ(wrapLambdaArn("arn:aws:lambda:us-east-2:123456789012:function:f"),
            "arn:aws:apigateway:us-east-2:lambda:path/2015-03-31/functions/"
            "arn:aws:lambda:us-east-2:123456789012:function:f/invocations");
  EXPECT_EQ(wrapLambdaArn("arn:aws:lambda:${region}:${account}:function:f"),
            "arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/"
            "arn:aws:lambda:${region}:${account}:function:f/invocations");
}
