# The roles API Gateway itself assumes: the document names them in
# `credentials` (aws_iam_arn=) and `authorizerCredentials` (aws_iam_role_arn=).

data "aws_iam_policy_document" "apigateway_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["apigateway.amazonaws.com"]
    }
  }
}

# ${apigw_sfn_role_arn}: the Step Functions integrations call
# states:StartSyncExecution (the action in their URI) on the two workflows,
# and nothing else.
resource "aws_iam_role" "apigw_sfn" {
  name               = "${var.name}-apigw-sfn"
  assume_role_policy = data.aws_iam_policy_document.apigateway_assume.json
}

data "aws_iam_policy_document" "apigw_sfn" {
  statement {
    actions = ["states:StartSyncExecution"]
    resources = [
      aws_sfn_state_machine.order.arn,
      aws_sfn_state_machine.refund.arn,
    ]
  }
}

resource "aws_iam_role_policy" "apigw_sfn" {
  name   = "start-sync-executions"
  role   = aws_iam_role.apigw_sfn.id
  policy = data.aws_iam_policy_document.apigw_sfn.json
}

# ${apigw_authorizer_role_arn}: API Gateway invokes the two Lambda authorizers
# as this role.
resource "aws_iam_role" "apigw_authorizer" {
  name               = "${var.name}-apigw-authorizer"
  assume_role_policy = data.aws_iam_policy_document.apigateway_assume.json
}

data "aws_iam_policy_document" "apigw_authorizer" {
  statement {
    actions = ["lambda:InvokeFunction"]
    resources = [
      aws_lambda_function.this["partner_authorizer"].arn,
      aws_lambda_function.this["legacy_authorizer"].arn,
    ]
  }
}

resource "aws_iam_role_policy" "apigw_authorizer" {
  name   = "invoke-authorizers"
  role   = aws_iam_role.apigw_authorizer.id
  policy = data.aws_iam_policy_document.apigw_authorizer.json
}
