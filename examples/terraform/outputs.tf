output "api_url" {
  description = "Base URL of the deployed stage, e.g. <api_url>/pets."
  value       = aws_api_gateway_stage.live.invoke_url
}

output "cognito_user_pool_id" {
  description = "The customers' user pool."
  value       = aws_cognito_user_pool.customers.id
}

output "cognito_web_client_id" {
  description = "App client of the store's web app (OAuth code flow)."
  value       = aws_cognito_user_pool_client.web.id
}

output "cognito_domain" {
  description = "Hosted UI domain, for sign-in and token requests."
  value       = "https://${aws_cognito_user_pool_domain.customers.domain}.auth.${data.aws_region.current.name}.amazoncognito.com"
}
