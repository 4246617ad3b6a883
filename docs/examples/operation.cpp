// Around an example that shows only the keys of an operation: a Lambda proxy handler.
#include "models.hpp"
APIGW_GET("/pets/{pet_id}") APIGW_LAMBDA("${pets_fn}")
{example}
Pet get_pet(std::int64_t pet_id);
