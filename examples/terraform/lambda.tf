# The Lambda functions the document names, and the permissions that let API
# Gateway invoke them.

locals {
  # Function key => what it serves. The keys match var.lambda_packages.
  functions = {
    pets               = "the pet routes (Lambda proxy, aws_lambda_uri)"
    pets_import        = "POST /pets/batch (aws_lambda_arn, wrapped into an invocation URI)"
    orders             = "GET and DELETE /store/orders/{order_id} (aws_lambda_arn), and the order workflow's task"
    users              = "the customer routes"
    legacy             = "ANY /legacy/users/{proxy+}"
    partner_authorizer = "the partner_auth Lambda REQUEST authorizer"
    legacy_authorizer  = "the LegacyBearer Lambda TOKEN authorizer"
  }

  # Functions API Gateway invokes as integrations (the others are authorizers).
  integration_functions = toset(["pets", "pets_import", "orders", "users", "legacy"])
  authorizer_functions  = toset(["partner_authorizer", "legacy_authorizer"])
}

# --------------------------------------------------------------- execution role

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "lambda" {
  name               = "${var.name}-lambda"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_role_policy_attachment" "lambda_logs" {
  role       = aws_iam_role.lambda.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

# --------------------------------------------------------------- functions

resource "aws_lambda_function" "this" {
  for_each = local.functions

  function_name = "${var.name}-${replace(each.key, "_", "-")}"
  description   = "Pet store: ${each.value}"
  role          = aws_iam_role.lambda.arn

  # C++ on Lambda: a custom runtime whose package holds a `bootstrap`
  # executable (the handler name is not used by custom runtimes).
  runtime          = "provided.al2023"
  handler          = "bootstrap"
  architectures    = ["x86_64"]
  filename         = var.lambda_packages[each.key]
  source_code_hash = filebase64sha256(var.lambda_packages[each.key])

  memory_size = 256
  timeout     = 10
}

# --------------------------------------------------------------- permissions

# Lambda proxy integrations (aws_lambda_uri / aws_lambda_arn) carry no
# `credentials` in the document, so API Gateway invokes these functions
# under their resource policy: allow this API, any stage, method and path.
resource "aws_lambda_permission" "api_invoke" {
  for_each = local.integration_functions

  statement_id  = "AllowApiGatewayInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this[each.key].function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.petstore.execution_arn}/*/*"
}

# The authorizers carry `authorizerCredentials` (aws_iam_role_arn= in
# petstore/auth.hpp), so API Gateway calls them as aws_iam_role.apigw_authorizer
# (iam.tf) and does not need these. They are kept so that the authorizers keep
# working if the role annotation is removed; drop them if you prefer one way.
resource "aws_lambda_permission" "authorizer_invoke" {
  for_each = local.authorizer_functions

  statement_id  = "AllowApiGatewayAuthorizerInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this[each.key].function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.petstore.execution_arn}/authorizers/*"
}

# GET /store/inventory integrates a function of another stack by its ARN; it
# needs the same permission, created with credentials for that account.
resource "aws_lambda_permission" "warehouse_inventory" {
  count    = var.manage_warehouse_inventory_permission ? 1 : 0
  provider = aws.warehouse

  statement_id  = "AllowPetstoreApiInvoke"
  action        = "lambda:InvokeFunction"
  function_name = "arn:aws:lambda:eu-west-1:123456789012:function:warehouse-inventory"
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.petstore.execution_arn}/*/GET/store/inventory"
}
