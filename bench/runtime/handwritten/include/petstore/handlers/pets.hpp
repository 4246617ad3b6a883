// The pet handlers: one Lambda function (pets_function) serves them all.
#pragma once

#include <apigw/annotations.hpp>
#include <petstore/auth.hpp>
#include <petstore/models/pet.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace petstore {

/// Lists the pets of the store.
///
/// Results come in pages of `limit` pets, in id order. Pass the previous
/// page's `next_token` to get the next one.
APIGW_GET("/pets")
APIGW_LAMBDA("${pets_function_invoke_arn}")
APIGW_TAGS("pets")
APIGW_SECURITY("cognito_auth", "pets/read")
PetPage list_pets(std::optional<PetStatus> status,
                  APIGW_MIN(1) APIGW_MAX(100) APIGW_DESCRIPTION("Pets per page") std::int32_t limit = 20,
                  APIGW_NAME("next_token") std::optional<std::string> cursor = std::nullopt);

/// Finds pets by tags.
///
/// Superseded by `GET /pets`; kept for old mobile clients.
APIGW_GET("/pets/findByTags")
APIGW_LAMBDA("${pets_function_invoke_arn}")
APIGW_TAGS("pets")
APIGW_DEPRECATED
APIGW_SECURITY("cognito_auth", "pets/read")
std::vector<Pet> find_pets_by_tags(APIGW_DESCRIPTION("Tags the pets must all have")
                                   std::vector<std::string> tags);

/// Returns one pet.
APIGW_GET("/pets/{pet_id}")
APIGW_LAMBDA("${pets_function_invoke_arn}")
APIGW_TAGS("pets")
APIGW_OPERATION_ID("getPetById")
APIGW_SECURITY("cognito_auth", "pets/read")
APIGW_RESPONSE(404, "No pet has this id")
Pet get_pet(APIGW_MIN(1) std::int64_t pet_id,
            APIGW_HEADER("X-Request-Id") std::optional<std::string> request_id = std::nullopt);

/// Tells whether a pet exists, without sending it.
APIGW_HEAD("/pets/{pet_id}")
APIGW_LAMBDA("${pets_function_invoke_arn}")
APIGW_TAGS("pets")
APIGW_STATUS(200)
APIGW_SECURITY("cognito_auth", "pets/read")
APIGW_RESPONSE(404, "No pet has this id")
void pet_exists(std::int64_t pet_id);

/// Adds a pet to the store.
APIGW_POST("/pets")
APIGW_LAMBDA("${pets_function_invoke_arn}")
APIGW_TAGS("pets")
APIGW_STATUS(201)
APIGW_SECURITY("cognito_auth", "pets/write")
APIGW_RESPONSE(400, "The pet is invalid")
Pet create_pet(const NewPet &pet);

/// Replaces a pet.
APIGW_PUT("/pets/{pet_id}")
APIGW_LAMBDA("${pets_function_invoke_arn}")
APIGW_TAGS("pets")
APIGW_SECURITY("cognito_auth", "pets/write")
APIGW_RESPONSE(404, "No pet has this id")
Pet update_pet(std::int64_t pet_id, const NewPet &pet);

/// Removes a pet from the store.
///
/// Staff remove pets with the `pets/admin` scope; partners remove the pets
/// their feed imported.
APIGW_DELETE("/pets/{pet_id}")
APIGW_LAMBDA("${pets_function_invoke_arn}")
APIGW_TAGS("pets")
APIGW_SECURITY("cognito_auth", "pets/admin")
APIGW_SECURITY("partner_auth")
void delete_pet(std::int64_t pet_id);

/// Imports pets in bulk from a partner's feed.
APIGW_POST("/pets/batch")
APIGW_LAMBDA_ARN("${pets_import_function_arn}")
APIGW_TAGS("pets", "partners")
APIGW_SUMMARY("Bulk pet import")
APIGW_SECURITY("partner_auth")
std::vector<Pet> import_pets(const std::vector<NewPet> &pets);

} // namespace petstore
