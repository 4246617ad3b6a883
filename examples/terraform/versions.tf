# Deploys the pet store example (examples/petstore) behind an API Gateway
# REST API built from the OpenAPI document clang-apigw writes.
#
#   clang-apigw -p examples/petstore/build -o examples/petstore/openapi.json
#   cd examples/terraform && terraform init && terraform apply
#
# The document is the API: every route, model, authorizer and integration
# comes from the annotations in examples/petstore. This configuration only
# creates the AWS resources the document names through ${placeholders} and
# hands them to templatefile() (api.tf).

terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 6.0"
    }
  }
}

provider "aws" {
  region = var.region
}

# GET /store/inventory is served by a Lambda function of another stack,
# named in the annotations by its plain ARN in eu-west-1. Its invoke
# permission (lambda.tf) must be created where that function lives.
provider "aws" {
  alias  = "warehouse"
  region = "eu-west-1"
}

data "aws_region" "current" {}
data "aws_caller_identity" "current" {}
