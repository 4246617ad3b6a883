// Around an example that shows one data member: a model with that member, and a handler
// that takes the model as its body.
#include "models.hpp"
struct Item {
{example}
};
APIGW_POST("/items") APIGW_LAMBDA("${items_fn}") void add_item(const Item &item);
