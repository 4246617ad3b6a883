# ${cognito_user_pool_arn}: the customers' user pool behind the cognito_auth
# authorizer. Operations ask for OAuth scopes (`security=cognito_auth:pets/read`),
# which Cognito puts in access tokens: each `<server>/<scope>` below is a
# resource server identifier and one of its scopes.

resource "aws_cognito_user_pool" "customers" {
  name = "${var.name}-customers"

  username_attributes      = ["email"]
  auto_verified_attributes = ["email"]

  password_policy {
    minimum_length    = 12
    require_lowercase = true
    require_uppercase = true
    require_numbers   = true
    require_symbols   = false
  }
}

locals {
  # Resource server => its scopes, as the handlers' security= keys use them.
  oauth_scopes = {
    pets   = ["read", "write", "admin"]
    orders = ["read", "write"]
    users  = ["read", "write"]
  }
}

resource "aws_cognito_resource_server" "this" {
  for_each = local.oauth_scopes

  user_pool_id = aws_cognito_user_pool.customers.id
  identifier   = each.key
  name         = "Pet store ${each.key}"

  dynamic "scope" {
    for_each = each.value
    content {
      scope_name        = scope.value
      scope_description = "${scope.value} access to ${each.key}"
    }
  }
}

# The hosted UI's domain, needed for the OAuth flows that issue scoped tokens.
resource "aws_cognito_user_pool_domain" "customers" {
  domain       = var.cognito_domain_prefix
  user_pool_id = aws_cognito_user_pool.customers.id
}

# The store's web app. Access tokens carry the scopes it is allowed and the
# user consented to; an API call presents one in the Authorization header.
resource "aws_cognito_user_pool_client" "web" {
  name         = "${var.name}-web"
  user_pool_id = aws_cognito_user_pool.customers.id

  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes = flatten([
    for server in aws_cognito_resource_server.this : server.scope_identifiers
  ])
  supported_identity_providers = ["COGNITO"]
  callback_urls                = var.oauth_callback_urls
  generate_secret              = false
}
