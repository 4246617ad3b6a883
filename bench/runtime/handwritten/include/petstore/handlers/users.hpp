// The customer handlers: one Lambda function (users_function) serves them.
#pragma once

#include <apigw/annotations.hpp>
#include <petstore/auth.hpp>
#include <petstore/models/user.hpp>

#include <string>

namespace petstore {

/// Signs a new customer up.
APIGW_POST("/users")
APIGW_LAMBDA("${users_function_invoke_arn}")
APIGW_TAGS("users")
APIGW_STATUS(201)
APIGW_RESPONSE(409, "The username is taken")
User create_user(const NewUser &user);

/// Returns a customer's profile.
APIGW_GET("/users/{username}")
APIGW_LAMBDA("${users_function_invoke_arn}")
APIGW_TAGS("users")
APIGW_SECURITY("cognito_auth", "users/read")
APIGW_RESPONSE(404, "No customer has this username")
User get_user(APIGW_PATTERN("^[a-z0-9_]{3,32}$") const std::string &username);

/// Changes some fields of a customer's profile.
APIGW_PATCH("/users/{username}")
APIGW_LAMBDA("${users_function_invoke_arn}")
APIGW_TAGS("users")
APIGW_SECURITY("cognito_auth", "users/write")
APIGW_RESPONSE(404, "No customer has this username")
User update_user(const std::string &username, const UserPatch &patch);

/// Forwards any call under /legacy/users to the old user service.
///
/// The old service answers with its own XML documents, passed through as
/// one string.
APIGW_ANY("/legacy/users/{proxy+}")
APIGW_LAMBDA("${legacy_function_invoke_arn}")
APIGW_TAGS("users", "legacy")
APIGW_OPERATION_ID("legacyUsers")
APIGW_DEPRECATED
APIGW_SECURITY("legacy_token_auth")
std::string legacy_users(APIGW_DESCRIPTION("Path below /legacy/users") const std::string &proxy);

} // namespace petstore
