// Around an example that shows only the integration key of a handler: a GET route.
#include "models.hpp"
APIGW_GET("/pets/{pet_id}")
{example}
Pet get_pet(std::int64_t pet_id);
