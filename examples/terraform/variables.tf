variable "region" {
  description = "AWS region of the API and of every resource below."
  type        = string
  default     = "eu-west-1"
}

variable "name" {
  description = "Prefix of every resource name."
  type        = string
  default     = "petstore"
}

variable "stage_name" {
  description = "The API Gateway stage the API is deployed to."
  type        = string
  default     = "live"
}

# The C++ Lambda functions are built with the AWS Lambda C++ runtime
# (aws-lambda-cpp's aws_lambda_package_target), which writes one zip per
# function holding a `bootstrap` executable. Point these at those zips.
variable "lambda_packages" {
  description = "Deployment package (zip) of each Lambda function, by function key."
  type        = map(string)
  default = {
    pets               = "../petstore/build/lambda/pets.zip"
    pets_import        = "../petstore/build/lambda/pets_import.zip"
    orders             = "../petstore/build/lambda/orders.zip"
    users              = "../petstore/build/lambda/users.zip"
    legacy             = "../petstore/build/lambda/legacy.zip"
    partner_authorizer = "../petstore/build/lambda/partner_authorizer.zip"
    legacy_authorizer  = "../petstore/build/lambda/legacy_authorizer.zip"
  }
}

variable "cognito_domain_prefix" {
  description = "Prefix of the Cognito hosted UI domain (<prefix>.auth.<region>.amazoncognito.com); must be unique in the region."
  type        = string
  default     = "petstore-example"
}

variable "oauth_callback_urls" {
  description = "Where Cognito may send users back after signing in (the store's web app)."
  type        = list(string)
  default     = ["https://localhost:3000/callback"]
}

variable "manage_warehouse_inventory_permission" {
  description = "Create the invoke permission on the warehouse-inventory function of the other stack (only possible with credentials for its account, 123456789012)."
  type        = bool
  default     = false
}
