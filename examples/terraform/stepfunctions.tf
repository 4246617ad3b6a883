# The two Express workflows behind POST /store/orders and
# POST /store/orders/{order_id}/refund. The document starts them with
# StartSyncExecution, which only Express state machines accept, and answers
# with their output (FAILED and TIMED_OUT become 500 and 504).

data "aws_iam_policy_document" "states_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["states.amazonaws.com"]
    }
  }
}

# What the workflows themselves may do: call the orders function.
resource "aws_iam_role" "workflows" {
  name               = "${var.name}-workflows"
  assume_role_policy = data.aws_iam_policy_document.states_assume.json
}

data "aws_iam_policy_document" "workflows" {
  statement {
    actions   = ["lambda:InvokeFunction"]
    resources = [aws_lambda_function.this["orders"].arn]
  }
}

resource "aws_iam_role_policy" "workflows" {
  name   = "invoke-orders-function"
  role   = aws_iam_role.workflows.id
  policy = data.aws_iam_policy_document.workflows.json
}

# Stand-in definitions: each workflow hands the request body to the orders
# function and answers with what it returns. Replace them with the real
# workflows (validation, payment, stock...); the API does not change.
resource "aws_sfn_state_machine" "order" {
  name     = "${var.name}-place-order"
  type     = "EXPRESS"
  role_arn = aws_iam_role.workflows.arn

  definition = jsonencode({
    Comment = "Places an order (POST /store/orders)."
    StartAt = "PlaceOrder"
    States = {
      PlaceOrder = {
        Type     = "Task"
        Resource = "arn:aws:states:::lambda:invoke"
        Parameters = {
          FunctionName = aws_lambda_function.this["orders"].arn
          "Payload.$"  = "$"
        }
        OutputPath = "$.Payload"
        End        = true
      }
    }
  })
}

resource "aws_sfn_state_machine" "refund" {
  name     = "${var.name}-refund-order"
  type     = "EXPRESS"
  role_arn = aws_iam_role.workflows.arn

  definition = jsonencode({
    Comment = "Refunds an order (POST /store/orders/{order_id}/refund)."
    StartAt = "RefundOrder"
    States = {
      RefundOrder = {
        Type     = "Task"
        Resource = "arn:aws:states:::lambda:invoke"
        Parameters = {
          FunctionName = aws_lambda_function.this["orders"].arn
          "Payload.$"  = "$"
        }
        OutputPath = "$.Payload"
        End        = true
      }
    }
  })
}
