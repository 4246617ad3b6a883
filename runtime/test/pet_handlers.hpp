// The user's side of the test API: models and handlers as a developer writes
// them, annotated. The router that serves them (pet_routes.cpp in the build
// tree) is generated from these annotations by clang-apigw --router-output.
#pragma once

#include <apigw/annotations.hpp>
#include <apigw/context.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pets {

inline constexpr int api APIGW_API APIGW_TITLE("Pets") APIGW_CORS_ORIGIN("https://app.example.com")
    APIGW_BINARY_MEDIA_TYPES("image/png") = 0;

enum class Status { available, pending, sold };

struct NewPet {
  APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(40) APIGW_PATTERN("^[A-Za-z ]+$") std::string name;
  std::optional<std::string> tag;
  APIGW_OPTIONAL APIGW_DEFAULT("available") Status status = Status::available;
};

struct Pet {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> tag;
  Status status = Status::available;
  std::chrono::system_clock::time_point added;
};

/// Returns one pet; 404 through apigw::HttpError.
APIGW_GET("/pets/{pet_id}")
APIGW_LAMBDA("${pets_function}")
APIGW_RESPONSE(404, "No pet has this id")
Pet get_pet(APIGW_MIN(1) std::int64_t pet_id);

/// Lists pets: limit from 1 to 100, default 20; tags unique, at most 5.
APIGW_GET("/pets")
APIGW_LAMBDA("${pets_function}")
std::vector<Pet> list_pets(APIGW_MIN(1) APIGW_MAX(100) std::int32_t limit = 20,
                           APIGW_NAME("tag") APIGW_MAX_ITEMS(5) APIGW_UNIQUE_ITEMS const std::vector<std::string>& tags = {});

/// Adds a pet: 201 with a Location header, chosen through apigw::Response.
APIGW_POST("/pets")
APIGW_LAMBDA("${pets_function}")
Pet create_pet(const NewPet& pet, apigw::Response& response);

/// Removes a pet: 204; the authorizer's claims must grant "pets/admin", else 403.
APIGW_DELETE("/pets/{pet_id}")
APIGW_LAMBDA("${pets_function}")
APIGW_RESPONSE(403, "Deleting pets needs the pets/admin scope")
void delete_pet(std::int64_t pet_id, const apigw::RequestContext& context);

/// A file's bytes (image/png).
APIGW_GET("/files/{proxy+}")
APIGW_LAMBDA("${pets_function}")
APIGW_RESPONSE_CONTENT_TYPE("image/png")
std::string get_file(const std::string& proxy);

/// What the request looked like, from the context.
APIGW_ANY("/echo")
APIGW_LAMBDA("${pets_function}")
APIGW_RESPONSE_CONTENT_TYPE("text/plain")
std::string echo(const apigw::RequestContext& context);

/// Fails with an exception the client must never see.
APIGW_GET("/crash")
APIGW_LAMBDA("${pets_function}")
std::string crash();

/// API Gateway answers this one itself.
APIGW_GET("/health")
APIGW_MOCK_JSON(200, {"status":"ok"})
void health();

/// Served from S3, not by this function.
APIGW_GET("/reports")
APIGW_S3("${reports_bucket}")
APIGW_S3_OBJECT_KEY("reports/latest.json")
APIGW_IAM_ROLE("${reports_role}")
std::string reports();

}  // namespace pets
