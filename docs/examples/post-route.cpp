// Around an example that shows only the keys of an integration: a POST route taking a body.
#include "models.hpp"
APIGW_POST("/orders")
{example}
Order submit_order(const Order &order);
